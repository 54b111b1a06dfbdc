// Builds the extension and CLI bundles (and, with --tests, the unit tests).
// Type checking runs separately (`npm run check-types`); esbuild only transpiles and bundles.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** Prints problems in the `$esbuild-watch` problem-matcher format. */
const problemMatcherLogger = {
  name: 'problem-matcher-logger',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

/** The CLI must never pull in the editor API. */
const forbidVscode = {
  name: 'forbid-vscode',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => ({
      errors: [{ text: `the CLI must not import 'vscode' (imported from ${args.importer})` }],
    }));
  },
};

/**
 * yaml and remark go to their own file, dist/libraries.js, which src/core/vendor/load.ts requires
 * on first use: most runs never need them, and they were a third of the extension's load time.
 */
const librariesApart = {
  name: 'libraries-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/libraries$/ }, (args) =>
      args.importer.endsWith(path.join('core', 'vendor', 'load.ts')) ? { path: './libraries.js', external: true } : undefined,
    );
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  sourcesContent: false,
  minify: production,
  logLevel: 'silent',
  plugins: [problemMatcherLogger],
};

/**
 * The web worker extension host (vscode.dev, github.dev; package.json `browser`): its `require`
 * knows only `vscode`, so yaml and remark are inside this one file, still initialised on first use.
 */
const webExtension = {
  ...common,
  platform: 'browser',
  target: 'es2022',
  entryPoints: ['src/vscode/web/extension.ts'],
  outfile: 'dist/web/extension.js',
  external: ['vscode'],
  define: { global: 'globalThis' },
  // A worker has no DOM: packages' `worker` builds, not their `browser` ones (micromark's entity
  // decoder uses `document` there).
  conditions: ['worker'],
};

function listTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => path.join(dir, f));
}

function configs() {
  if (tests) {
    // test/package checks what `npm run package` wrote (npm run test:package).
    return ['test/unit', 'test/package'].map((dir) => ({
      ...common,
      entryPoints: listTests(dir),
      outdir: `out/${dir}`,
      outbase: dir,
      external: ['mocha', 'vscode', 'esbuild'],
      sourcemap: 'inline',
    }));
  }
  return [
    { ...common, entryPoints: ['src/vscode/node/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'], plugins: [...common.plugins, librariesApart] },
    webExtension,
    {
      ...common,
      entryPoints: ['src/cli/main.ts'],
      outfile: 'dist/cli.js',
      banner: { js: '#!/usr/bin/env node' },
      plugins: [...common.plugins, forbidVscode, librariesApart],
    },
    { ...common, entryPoints: ['src/core/vendor/libraries.ts'], outfile: 'dist/libraries.js', plugins: [...common.plugins, forbidVscode] },
    // The GitHub Action (action.yml): one self-contained file, libraries included; releases carry it.
    ...(production ? [{
      ...common,
      entryPoints: ['src/action/main.ts'],
      outfile: 'dist/action/index.js',
      define: { ACTION_VERSION: JSON.stringify(require('./package.json').version) },
      plugins: [...common.plugins, forbidVscode],
    }] : []),
  ];
}

async function main() {
  const contexts = await Promise.all(configs().map((c) => esbuild.context(c)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  try {
    await Promise.all(contexts.map((c) => c.rebuild()));
  } finally {
    await Promise.all(contexts.map((c) => c.dispose()));
  }
}

module.exports = { webExtension };

if (require.main === module) main().catch(() => process.exit(1));
