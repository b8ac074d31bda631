import { describe, expect, it } from 'vitest';
import type { Outlet } from '../../contract/index.ts';
import { outletOf } from '../../server/ingest/outlet-of.ts';

const OUTLETS: Outlet[] = [
  { id: 'eurasian-times', name: 'EurAsian Times', country: 'IN', url: 'https://www.eurasiantimes.com' },
  { id: 'dawn', name: 'Dawn', country: 'PK', url: null },
];

describe('outletOf', () => {
  it('when the outlet is given by its name in any case or by its id, then the record is reused', () => {
    expect(outletOf(OUTLETS, 'eurasian times')).toEqual({ id: 'eurasian-times', added: null });
    expect(outletOf(OUTLETS, ' Dawn ')).toEqual({ id: 'dawn', added: null });
    expect(outletOf(OUTLETS, 'eurasian-times')).toEqual({ id: 'eurasian-times', added: null });
  });

  it('when no outlet is given, then the article has none', () => {
    expect(outletOf(OUTLETS, null)).toEqual({ id: null, added: null });
    expect(outletOf(OUTLETS, '  ')).toEqual({ id: null, added: null });
  });

  it('when the outlet is new, then a record is added with country and URL unknown, under a free id', () => {
    expect(outletOf(OUTLETS, 'The Hindu')).toEqual({
      id: 'the-hindu',
      added: { id: 'the-hindu', name: 'The Hindu', country: null, url: null },
    });
    expect(outletOf(OUTLETS, 'Dawn!')).toEqual({ id: 'dawn-2', added: { id: 'dawn-2', name: 'Dawn!', country: null, url: null } });
  });
});
