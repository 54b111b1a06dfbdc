// The GitHub Action's entry (dist/action/index.js): reads the runner's environment, writes its
// files, and sets the exit code. The only module of the action that touches `process`.
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { NodeFileSystem, toPortablePath } from '../cli/node-file-system';
import { machineTimeZone } from '../core/index';
import { errorLine } from '../cli/context';
import { readInputs, runAction } from './run-action';

/** package.json's version, set by esbuild.js. */
declare const ACTION_VERSION: string;

const env = process.env;
const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
const summaryFile = env.GITHUB_STEP_SUMMARY;
const outputFile = env.GITHUB_OUTPUT;

runAction(
  readInputs(env),
  {
    cwd: toPortablePath(workspace),
    fs: new NodeFileSystem(),
    version: ACTION_VERSION,
    timeZone: machineTimeZone(),
    output: {
      stdout: (text) => void process.stdout.write(text),
      stderr: (text) => void process.stderr.write(text),
    },
  },
  {
    appendSummary: summaryFile ? (markdown) => appendFileSync(summaryFile, markdown) : undefined,
    setOutput: outputFile ? (name, value) => appendFileSync(outputFile, `${name}=${value}\n`) : undefined,
    writeFile: (path, text) => {
      const file = resolve(workspace, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    },
  },
).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stdout.write(`::error title=handoff::${errorLine(error)}\n`);
    process.exitCode = 2;
  },
);
