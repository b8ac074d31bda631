// Edits to a data file's YAML text that keep everything else as written: comments, quoting,
// flow lists. A file with nothing to change is returned unchanged.
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

/** The file's list with the records appended. */
export function withAppended(text: string, records: readonly object[]): string {
  if (records.length === 0) return text;
  const doc = parseDocument(text);
  const list = listOf(doc);
  if (list.items.length === 0) list.flow = false; // `[]` becomes a block list
  for (const record of records) list.items.push(doc.createNode(record));
  return doc.toString({ lineWidth: 0 });
}

/** Adds aliases to the records with these ids (entities.yaml), skipping forms they already have. */
export function withAliases(text: string, aliasesById: Record<string, readonly string[]>): string {
  if (Object.values(aliasesById).every((aliases) => aliases.length === 0)) return text;
  const doc = parseDocument(text);
  for (const item of listOf(doc).items) {
    if (!isMap(item)) continue;
    const id = item.get('id');
    const adding = typeof id === 'string' ? aliasesById[id] : undefined;
    if (adding === undefined) continue;
    const aliases = item.get('aliases', true);
    if (!isSeq(aliases)) continue; // not an entity record: validation reports it
    const forms = new Set([item.get('name'), ...aliases.items.map((node) => (isScalar(node) ? node.value : node))].map(lowerCase));
    for (const alias of adding) {
      if (forms.has(alias.toLowerCase())) continue;
      forms.add(alias.toLowerCase());
      if (aliases.items.length === 0) aliases.flow = false;
      aliases.items.push(doc.createNode(alias));
    }
  }
  return doc.toString({ lineWidth: 0 });
}

function listOf(doc: Document) {
  if (!isSeq(doc.contents)) throw new Error('the data file does not hold a YAML list');
  return doc.contents;
}

function lowerCase(value: unknown): unknown {
  return typeof value === 'string' ? value.toLowerCase() : value;
}
