// An article's id: a slug of its title and, where the given publication date prints one, its
// year — unique among the ids already taken.
import { slugOf } from '../../contract/index.ts';

/** Null when the title has nothing to make a slug of. */
export function articleIdFor(title: string, published: string | null, taken: (id: string) => boolean): string | null {
  const year = published === null ? undefined : /\b(1[89]\d\d|20\d\d)\b/.exec(published)?.[1];
  const base = slugOf(year === undefined ? title : `${title} ${year}`);
  if (base === '') return null;
  let id = base;
  for (let n = 2; taken(id); n += 1) id = `${base}-${n}`;
  return id;
}
