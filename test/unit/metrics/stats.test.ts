import assert from 'node:assert/strict';
import { durations, quantile } from '../../../src/core/index';

describe('metrics: quantiles', () => {
  it('interpolates between the closest ranks, rounded to one decimal', () => {
    assert.equal(quantile([1, 2, 3, 10], 0.5), 2.5);
    assert.equal(quantile([10, 3, 2, 1], 0.9), 7.9);
    assert.equal(quantile([4, 12, 30, 31], 0.9), 30.7);
    assert.equal(quantile([7], 0.9), 7);
    assert.equal(quantile([1, 2], 1 / 3), 1.3);
  });

  it('gives null for no values and clamps q to 0..1', () => {
    assert.equal(quantile([], 0.5), null);
    assert.equal(quantile([1, 5], 2), 5);
    assert.equal(quantile([1, 5], -1), 1);
    assert.deepEqual(durations([]), { count: 0, median: null, p90: null });
    assert.deepEqual(durations([3, 1, 2]), { count: 3, median: 2, p90: 2.8 });
  });
});
