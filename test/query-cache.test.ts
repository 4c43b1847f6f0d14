/**
 * The cache of built queries: a shape is built once, each use brings its own varying
 * parameters, the least recently used shape goes first, and long keys are never kept.
 */
import { describe, expect, it } from 'vitest';
import { QueryCache } from '../src/graph/query-cache.ts';

const builder = () => {
  let builds = 0;
  const build = (text: string) => () => {
    builds += 1;
    return { cypher: text, params: { fromShape: text } };
  };
  return { build, builds: () => builds };
};

describe('the cache of built queries', () => {
  it('builds a shape once and gives each use its own varying parameters', () => {
    const cache = new QueryCache(10);
    const { build, builds } = builder();
    const first = cache.get('k', build('A'), { ids: ['a'] });
    const second = cache.get('k', build('A'), { ids: ['b', 'c'] });
    expect(builds()).toBe(1);
    expect(first).toEqual({ cypher: 'A', params: { fromShape: 'A', ids: ['a'] } });
    expect(second).toEqual({ cypher: 'A', params: { fromShape: 'A', ids: ['b', 'c'] } });
  });
  it('lets the least recently used shape go when full', () => {
    const cache = new QueryCache(2);
    const { build, builds } = builder();
    cache.get('a', build('A'), {});
    cache.get('b', build('B'), {});
    cache.get('a', build('A'), {});
    cache.get('c', build('C'), {});
    expect(cache.size).toBe(2);
    cache.get('a', build('A'), {});
    expect(builds()).toBe(3);
    cache.get('b', build('B'), {});
    expect(builds()).toBe(4);
  });
  it('never keeps a shape whose key holds a long value, so no client can fill it with large entries', () => {
    const cache = new QueryCache(10);
    const { build, builds } = builder();
    const key = `filter ${'x'.repeat(5_000)}`;
    cache.get(key, build('L'), {});
    cache.get(key, build('L'), {});
    expect(builds()).toBe(2);
    expect(cache.size).toBe(0);
  });
});
