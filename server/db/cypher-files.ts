// Every Cypher statement entente runs lives in cypher/; this reads a file once and keeps it.
import { readFileSync } from 'node:fs';

const CYPHER_DIR = new URL('../../cypher/', import.meta.url);
const cache = new Map<string, string>();

/** The text of cypher/<name>.cypher, e.g. cypherFile('load/switch-over'). */
export function cypherFile(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`${name}.cypher`, CYPHER_DIR), 'utf8');
    cache.set(name, text);
  }
  return text;
}
