import { describe, expect, it } from 'vitest';
import { withDateBounds } from '../src/seed/writer.ts';
import { parseDateSpan, parsePartialDate } from '../src/partial-date.ts';

describe('partial dates', () => {
  it('keep the precision the source gives, with the first and last day it can mean', () => {
    expect(parsePartialDate('2009')).toEqual({
      year: 2009,
      month: null,
      day: null,
      text: '2009',
      earliest: '2009-01-01',
      latest: '2009-12-31',
    });
    expect(parsePartialDate('2016-02')).toMatchObject({
      month: 2,
      day: null,
      earliest: '2016-02-01',
      latest: '2016-02-29',
    });
    expect(parsePartialDate('2016-06-27')).toMatchObject({
      day: 27,
      earliest: '2016-06-27',
      latest: '2016-06-27',
    });
  });

  it('refuse impossible or malformed dates', () => {
    for (const text of ['2009-13', '2009-02-30', '09', '2009-1', 'June 2009', ''])
      expect(parsePartialDate(text)).toBeNull();
  });

  it('read spans, open ones included, and refuse spans that end before they start', () => {
    expect(parseDateSpan('2011/2012')).toMatchObject({ start: { text: '2011' }, end: { text: '2012' } });
    expect(parseDateSpan('2009')).toMatchObject({ start: { text: '2009' }, end: { text: '2009' } });
    expect(parseDateSpan('2009/')).toMatchObject({ start: { text: '2009' }, end: null });
    expect(parseDateSpan('/2009')).toMatchObject({ start: null, end: { text: '2009' } });
    expect(parseDateSpan('2012/2011')).toBeNull();
    expect(parseDateSpan('/')).toBeNull();
  });

  it('are stored with sortable bounds, an open end having no latest day', () => {
    const fields = new Set(['dated', 'period']);
    expect(withDateBounds({ dated: '2009-09/2009', other: '2001' }, fields)).toEqual({
      dated: '2009-09/2009',
      datedEarliest: '2009-09-01',
      datedLatest: '2009-12-31',
      other: '2001',
    });
    expect(withDateBounds({ period: '2009/' }, fields)).toEqual({
      period: '2009/',
      periodEarliest: '2009-01-01',
    });
  });
});
