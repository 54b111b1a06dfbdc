// One run's temp folder and cleanup: runs registered cleanups once, on normal exit, SIGINT or SIGTERM.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

/**
 * With `signalExitCode`, a signal ends the process with that code (0 for `npm start`'s Ctrl+C).
 * With `timeoutMs`, a run that hangs ends with exit code 2.
 */
function createSession(name, { signalExitCode, timeoutMs } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `handoff-${name}-`));
  const cleanups = [() => fs.rmSync(dir, { recursive: true, force: true })];
  let disposed = false;

  /** Synchronous so that it also works from process 'exit' and signal handlers. */
  function dispose() {
    if (disposed) return;
    disposed = true;
    for (const fn of cleanups.reverse()) {
      try {
        fn();
      } catch (err) {
        console.error(`[host] cleanup: ${err.message}`);
      }
    }
  }

  process.on('exit', dispose);
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(signal, () => {
      console.error(`[host] ${signal}: stopping`);
      dispose();
      process.exit(signalExitCode ?? code);
    });
  }

  if (timeoutMs) {
    setTimeout(() => {
      console.error(`[${name}] timed out after ${timeoutMs / 1000} s (HANDOFF_HOST_VERBOSE=1 shows the host's logs)`);
      process.exit(2);
    }, timeoutMs);
  }

  return {
    dir,
    /** Registers a synchronous cleanup; cleanups run newest first, the temp folder last. */
    onDispose(fn) {
      cleanups.push(fn);
    },
    dispose,
  };
}

module.exports = { createSession };
