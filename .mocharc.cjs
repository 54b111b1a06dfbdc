// Unit tests: mocha's 2 s default times out on a loaded machine. A minute is hang detection,
// an order of magnitude above any test's normal run; speed itself is measured in bench/.
module.exports = { timeout: 60_000 };
