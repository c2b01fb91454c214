import { describe, expect, it } from 'vitest';
import { RECORDS_PER_SHARD, shardCount, shardFolder, shardOf } from '../../src/lib/search-shards.ts';

describe('search shards', () => {
  it('keeps a demo-size site in one Pagefind bundle and splits a large one', () => {
    expect(shardCount(0)).toBe(1);
    expect(shardCount(300)).toBe(1);
    expect(shardCount(RECORDS_PER_SHARD)).toBe(1);
    expect(shardCount(10_258)).toBe(3);
    expect(shardCount(100_258)).toBe(26);
  });
  it('puts a record in the same shard whatever else is in the index', () => {
    const url = '/materials/shablon-iom-na-god/';
    expect(shardOf(url, 3)).toBe(shardOf(url, 3));
    expect(shardOf(url, 1)).toBe(0);
  });
  it('spreads records evenly enough that no indexer run is much larger than planned', () => {
    const sizes = new Array(3).fill(0);
    for (let i = 0; i < 12_000; i++) sizes[shardOf(`/materials/gen-material-${String(i).padStart(5, '0')}/`, 3)]++;
    for (const n of sizes) expect(Math.abs(n - 4000)).toBeLessThan(400);
  });
  it('serves the first bundle from /pagefind/ and the others inside it', () => {
    expect(shardFolder(0)).toBe('/pagefind/');
    expect(shardFolder(2)).toBe('/pagefind/shard-2/');
  });
});
