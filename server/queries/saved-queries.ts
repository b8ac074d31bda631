// Saved queries: cypher/queries/*.cypher, each with a header of `// key: value` lines:
//   // title: Partners by evidence
//   // answers: Who stands with an entity? ...
//   // param: entity = "russia" (entity id)
// Read once; the header is checked so a malformed file fails at start-up, not at run time.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SavedQuery } from '../../contract/index.ts';

export const QUERIES_DIR = fileURLToPath(new URL('../../cypher/queries/', import.meta.url));

const HEADER_LINE = /^\/\/\s*(title|answers|param):\s*(.*)$/;
const PARAM = /^(\w+)\s*=\s*"([^"]*)"\s*(?:\((.*)\))?$/;

export function parseSavedQuery(name: string, text: string): SavedQuery {
  const header = new Map<string, string[]>();
  const body: string[] = [];
  for (const line of text.split('\n')) {
    const match = HEADER_LINE.exec(line.trim());
    if (match && body.length === 0) header.set(match[1]!, [...(header.get(match[1]!) ?? []), match[2]!.trim()]);
    else if (line.trim() !== '' || body.length > 0) body.push(line);
  }
  const title = header.get('title')?.[0];
  const answers = header.get('answers')?.[0];
  if (!title || !answers) throw new Error(`cypher/queries/${name}.cypher: the header needs "// title:" and "// answers:" lines`);
  const params = (header.get('param') ?? []).map((spec) => {
    const match = PARAM.exec(spec);
    if (!match) throw new Error(`cypher/queries/${name}.cypher: bad "// param: ${spec}" (expected: name = "default" (description))`);
    return { name: match[1]!, default: match[2]!, description: match[3] ?? '' };
  });
  const cypher = body.join('\n').trim();
  const used = new Set([...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]!));
  const declared = new Set(params.map((p) => p.name));
  const undeclared = [...used].filter((p) => !declared.has(p));
  if (undeclared.length > 0)
    throw new Error(`cypher/queries/${name}.cypher: uses undeclared parameter(s) ${undeclared.map((p) => `$${p}`).join(', ')}`);
  return { name, title, answers, params, cypher };
}

export function readSavedQueries(dir = QUERIES_DIR): SavedQuery[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .sort()
    .map((file) => parseSavedQuery(path.basename(file, '.cypher'), readFileSync(path.join(dir, file), 'utf8')));
}
