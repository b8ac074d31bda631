// A fingerprint of the data folder: the review records it when it begins, and a write is refused
// when the folder no longer has it — someone else changed data/ in between.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLES_FILE, CLAIMS_DIR, ENTITIES_FILE, OUTLETS_FILE, TEXTS_DIR, VOCABULARY_FILE } from '../corpus/sources.ts';

/** sha256 over the name and bytes of every YAML file of the corpus and every kept text. */
export function dataFingerprint(dataDir: string): string {
  const files = [
    VOCABULARY_FILE,
    OUTLETS_FILE,
    ARTICLES_FILE,
    ENTITIES_FILE,
    ...listFiles(dataDir, CLAIMS_DIR, '.yaml'),
    ...listFiles(dataDir, TEXTS_DIR, '.txt'),
  ];
  const hash = createHash('sha256');
  for (const file of files) {
    let digest: string;
    try {
      digest = createHash('sha256')
        .update(readFileSync(path.join(dataDir, file)))
        .digest('hex');
    } catch {
      digest = 'absent';
    }
    hash.update(`${file}\0${digest}\n`);
  }
  return hash.digest('hex');
}

function listFiles(dataDir: string, dir: string, extension: string): string[] {
  try {
    return readdirSync(path.join(dataDir, dir), { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith(extension))
      .map((entry) => `${dir}/${entry.name}`)
      .sort();
  } catch {
    return [];
  }
}
