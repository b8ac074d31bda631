// The outlet a person names at ingest is free text ("Dawn"); data/ keeps outlets as records that
// articles reference by id. An existing record is reused by id or name (any case), so one outlet
// is never split in two by its spelling; otherwise a new record is added, its country and URL left
// unknown (null) for a curator to fill.
import { slugOf, type Outlet } from '../../contract/index.ts';

export interface OutletChoice {
  /** The article record's `outlet`. */
  id: string | null;
  /** The record to append to outlets.yaml, when none matched. */
  added: Outlet | null;
}

export function outletOf(outlets: readonly Outlet[], given: string | null): OutletChoice {
  const name = given?.trim() ?? '';
  if (name === '') return { id: null, added: null };
  const key = name.toLowerCase();
  const known = outlets.find((outlet) => outlet.id === key || outlet.name.toLowerCase() === key);
  if (known !== undefined) return { id: known.id, added: null };
  const taken = new Set(outlets.map((outlet) => outlet.id));
  const base = slugOf(name) || 'outlet';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return { id, added: { id, name, country: null, url: null } };
}
