// Reads the host's log files after a run: errors the extension logged, or its activation failure.
const fs = require('node:fs');
const path = require('node:path');

function logFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).map((f) => path.join(dir, String(f))).filter((f) => f.endsWith('.log'));
}

/** `[error]` lines from the extension's own log channels and the host's lines about it. */
function extensionLogErrors(dataDir, extensionId) {
  const errors = [];
  for (const file of logFiles(path.join(dataDir, 'ud', 'logs'))) {
    const own = file.split(path.sep).includes(extensionId);
    const host = /exthost\.log$/.test(file);
    if (!own && !host) continue;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (line.includes('[error]') && (own || line.includes(extensionId))) errors.push(line.trim());
    }
  }
  return errors;
}

module.exports = { extensionLogErrors };
