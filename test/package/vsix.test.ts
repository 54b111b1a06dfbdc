// The .vsix `npm run package` wrote holds only what the extension loads. Run by `npm run test:package`.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../unit/helpers/repo-root';

const root = repoRoot();
const vsix = path.join(root, 'handoff.vsix');

describe('the .vsix', () => {
  let files: string[];

  before(() => {
    assert.ok(fs.existsSync(vsix), 'handoff.vsix missing: run npm run package');
    files = execFileSync('zipinfo', ['-1', vsix], { encoding: 'utf8' }).trim().split('\n').filter((f) => !f.endsWith('/'));
  });

  it('ships the extension bundle, its libraries, manifest, strings, media, snippets and config schema', () => {
    for (const file of ['dist/extension.js', 'dist/libraries.js', 'package.json', 'package.nls.json', 'media/icon.png', 'media/dashboard.js', 'snippets/handoff.code-snippets', 'docs/handoff-config.schema.json']) {
      assert.ok(files.includes(`extension/${file}`), `${file} missing from ${files.join(', ')}`);
    }
  });

  it('ships no CLI bundle, sources, tests, source maps, node_modules or docs the extension does not load', () => {
    const unwanted = files.filter(
      (f) =>
        /^extension\/(dist\/cli\.js|dist\/action\/|src\/|test\/|bench\/|node_modules\/|packages\/|examples\/|docs\/(?!handoff-config\.schema\.json$))/.test(f) ||
        /\.(map|ts|tgz|vsix)$/.test(f),
    );
    assert.deepEqual(unwanted, []);
  });

  it('carries a production build (minified, no source map reference)', () => {
    for (const bundle of ['dist/extension.js', 'dist/web/extension.js', 'dist/libraries.js']) {
      const text = execFileSync('unzip', ['-p', vsix, `extension/${bundle}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      assert.doesNotMatch(text, /sourceMappingURL/, bundle);
      // Minified code has long lines (a few remain where template literals hold line breaks).
      assert.ok(text.length / text.split('\n').length > 500, `${bundle} is not minified`);
    }
  });
});
