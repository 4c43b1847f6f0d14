import { describe, expect, it } from 'vitest';
import { mergeEntry, mergeSeedFiles } from '../src/seed/merge.ts';

const article = { source: 'source:article', locator: 'paragraph 2' };
const table = { source: 'source:table', locator: 'line 7' };

describe('joining the articles’ entries with the data files’ entries', () => {
  it('keeps the first set’s values and fills only what it leaves unknown', () => {
    const merged = mergeEntry(
      { id: 'inspection:x', published: '2016-06', reportUrl: null, sources: [article] },
      { id: 'inspection:x', published: '2016-06', reportUrl: 'https://example.org/r', sources: [table] },
    );
    expect(merged.published).toBe('2016-06');
    expect(merged.reportUrl).toBe('https://example.org/r');
    expect(merged.sources).toEqual([article, table]);
  });

  it('keeps a differing claim as a citation quoting the other value', () => {
    const merged = mergeEntry(
      { id: 'inspection:x', published: '2022-11-05', sources: [article] },
      {
        id: 'inspection:x',
        published: '2022-09-05',
        sources: [table, { ...table, field: 'published', locator: 'line 7, column Publication date' }],
      },
    );
    expect(merged.published).toBe('2022-11-05');
    expect(merged.sources).toContainEqual(
      expect.objectContaining({
        source: 'source:table',
        field: 'published',
        quote: '2022-09-05',
        note: expect.stringContaining('"2022-11-05"'),
      }),
    );
  });

  it('does not treat different labels or notes as a dispute: they are the editors’ words', () => {
    const merged = mergeEntry(
      { id: 'authority:x', label: 'X Council', notes: 'ours', sources: [article] },
      { id: 'authority:x', label: 'X', notes: 'theirs', sources: [table] },
    );
    expect(merged).toMatchObject({ label: 'X Council', notes: 'ours' });
    expect(merged.sources).toEqual([article, table]);
  });

  it('merges nested entries by id, identifiers by scheme and value, and reference lists as sets', () => {
    const merged = mergeEntry(
      {
        id: 'inspection:x',
        services: ['service:a'],
        judgements: [{ id: 'judgement:x-overall', grade: 'GOOD', sources: [article] }],
        identifiers: [{ scheme: 'ONS_GSS', value: 'E1', validFrom: null, sources: [article] }],
      },
      {
        id: 'inspection:x',
        services: ['service:a', 'service:b'],
        judgements: [
          { id: 'judgement:x-overall', grade: 'GOOD', sources: [table] },
          { id: 'judgement:x-adoption', grade: 'GOOD', sources: [table] },
        ],
        identifiers: [{ scheme: 'ONS_GSS', value: 'E1', validFrom: '2009-04-01', sources: [table] }],
      },
    );
    expect(merged.services).toEqual(['service:a', 'service:b']);
    expect(merged.judgements).toEqual([
      { id: 'judgement:x-overall', grade: 'GOOD', sources: [article, table] },
      { id: 'judgement:x-adoption', grade: 'GOOD', sources: [table] },
    ]);
    expect(merged.identifiers).toEqual([
      { scheme: 'ONS_GSS', value: 'E1', validFrom: '2009-04-01', sources: [article, table] },
    ]);
  });

  it('keeps apart the entries without an id in a list that also holds entries with one', () => {
    const merged = mergeEntry(
      { id: 'event:x', participants: [{ agent: 'person:a', role: 'resigned' }] },
      { id: 'event:x', participants: [{ agent: 'person:b', role: 'appointed' }] },
    );
    expect(merged.participants).toEqual([
      { agent: 'person:a', role: 'resigned' },
      { agent: 'person:b', role: 'appointed' },
    ]);
  });

  it('leaves a repeated id of the second set in place, for the planner to report', () => {
    const files = mergeSeedFiles(
      [{ name: 'authorities.yaml', content: { authorities: [{ id: 'authority:a', name: 'A' }] } }],
      [
        {
          name: 'data/las.csv',
          content: {
            authorities: [
              { id: 'authority:a', kind: 'OTHER' },
              { id: 'authority:a', kind: 'COUNTY_COUNCIL' },
            ],
          },
        },
      ],
    );
    expect(files[0]!.content).toEqual({ authorities: [{ id: 'authority:a', name: 'A', kind: 'OTHER' }] });
    expect(files[1]!.content).toEqual({ authorities: [{ id: 'authority:a', kind: 'COUNTY_COUNCIL' }] });
  });

  it('puts each id once across files, merged into the first set’s file', () => {
    const files = mergeSeedFiles(
      [{ name: 'authorities.yaml', content: { authorities: [{ id: 'authority:a', name: 'A' }] } }],
      [
        {
          name: 'data/las.csv',
          content: {
            authorities: [
              { id: 'authority:a', name: 'A', kind: 'OTHER' },
              { id: 'authority:b', name: 'B' },
            ],
          },
        },
      ],
    );
    expect(files).toEqual([
      {
        name: 'authorities.yaml',
        content: { authorities: [{ id: 'authority:a', name: 'A', kind: 'OTHER' }] },
      },
      { name: 'data/las.csv', content: { authorities: [{ id: 'authority:b', name: 'B' }] } },
    ]);
  });
});
