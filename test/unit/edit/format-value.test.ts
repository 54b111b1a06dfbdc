// formatValue writes a plain word without yaml: it must write exactly what yaml writes, and leave
// every string yaml would quote (a keyword, a number, an indicator) to yaml.
import assert from 'node:assert/strict';
import { stringify } from 'yaml';
import { formatValue } from '../../../src/core/edit/front-matter-edit';
import { createRng } from '../../generators/prng';

describe('formatValue', () => {
  it('writes every value as yaml writes it', () => {
    const fixed = ['open', 'TODO', 'YYYY-MM-DD', 'sales-to-support', 'a_b', 'x', 'Yes', 'NO', 'on', 'Off', 'y', 'N', 'true', 'False', 'NULL', 'null', 'Null'];
    const fixedOthers = ['', ' a', 'a ', '1', '1e3', '0x1F', '.inf', '-', '-a', 'a: b', 'a #b', '#a', '~', 'dana@example.com', '2026-12-01', 'two words', 'é', "it's"];
    const rng = createRng(7);
    const alphabet = 'aZ09_-.:# @\'"yYnNtT';
    const generated = Array.from({ length: 3000 }, () => {
      let s = '';
      for (let k = rng.int(1, 6); k > 0; k--) s += alphabet[rng.int(0, alphabet.length - 1)];
      return s;
    });
    for (const value of [...fixed, ...fixedOthers, ...generated]) {
      assert.equal(formatValue(value), stringify(value, { lineWidth: 0 }).trimEnd(), JSON.stringify(value));
    }
  });
});
