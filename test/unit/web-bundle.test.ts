// vscode.dev and github.dev run the extension in a web worker: no Node. Nothing the web entry or
// the core reaches may import a Node built-in, the web bundle needs nothing at run time but
// `vscode`, and it stays small enough to load quickly (issue #18: under 500 KB minified).
import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { repoRoot } from './helpers/repo-root';

const root = repoRoot();
const MAX_WEB_BUNDLE_BYTES = 500_000;
const builtins = new Set(builtinModules);

interface Bundle {
  /** `importer imports built-in`, for every Node built-in in the import graph. */
  readonly nodeImports: string[];
  /** Imports left for the runtime's `require`. */
  readonly external: string[];
  readonly bytes: number;
}

/** Bundles (in memory, minified) like the web build, recording Node built-ins instead of failing on them. */
async function bundle(options: esbuild.BuildOptions): Promise<Bundle> {
  const nodeImports: string[] = [];
  const result = await esbuild.build({
    ...options,
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    minify: true,
    sourcemap: false,
    write: false,
    metafile: true,
    outfile: 'out/web-bundle-check.js',
    logLevel: 'silent',
    plugins: [
      {
        name: 'record-node-builtins',
        setup(build) {
          build.onResolve({ filter: /.*/ }, (args) => {
            if (!args.path.startsWith('node:') && !builtins.has(args.path.split('/')[0]!)) return undefined;
            nodeImports.push(`${path.relative(root, args.importer) || '<stdin>'} imports ${args.path}`);
            return { path: args.path, external: true };
          });
        },
      },
    ],
  });
  const output = Object.values(result.metafile.outputs)[0]!;
  return { nodeImports, external: [...new Set(output.imports.filter((i) => i.external).map((i) => i.path))].sort(), bytes: output.bytes };
}

describe('web bundle', function () {
  this.timeout(60_000); // esbuild bundles in well under a second; the shared machine may be slow

  it('finds Node built-ins, with and without the node: prefix', async () => {
    const found = await bundle({ stdin: { contents: "import 'node:fs'; import 'path'; import 'child_process';", resolveDir: root } });
    assert.deepEqual(found.nodeImports.sort(), ['<stdin> imports child_process', '<stdin> imports node:fs', '<stdin> imports path']);
  });

  it('keeps src/core free of Node built-ins, through its whole import graph', async () => {
    const core = await bundle({ entryPoints: ['src/core/index.ts'] });
    assert.deepEqual(core.nodeImports, []);
  });

  it('builds the web entry with no Node built-in, only vscode left to require, under 500 KB', async () => {
    const { webExtension } = require(path.join(root, 'esbuild.js')) as { webExtension: esbuild.BuildOptions };
    const web = await bundle(webExtension);
    assert.deepEqual(web.nodeImports, []);
    assert.deepEqual(web.external, ['vscode']);
    assert.ok(web.bytes < MAX_WEB_BUNDLE_BYTES, `dist/web/extension.js is ${web.bytes} bytes minified`);
  });
});
