// An article's id: a slug of its title and, where the given publication date prints one, its
// year — unique among the ids already taken.

const MAX_LENGTH = 60;

export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_LENGTH) return slug;
  const cut = slug.slice(0, MAX_LENGTH);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}

/** Null when the title has nothing to make a slug of. */
export function articleIdFor(title: string, published: string | null, taken: (id: string) => boolean): string | null {
  const year = published === null ? undefined : /\b(1[89]\d\d|20\d\d)\b/.exec(published)?.[1];
  const base = slugify(year === undefined ? title : `${title} ${year}`);
  if (base === '') return null;
  let id = base;
  for (let n = 2; taken(id); n += 1) id = `${base}-${n}`;
  return id;
}
