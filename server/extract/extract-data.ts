// The entities and vocabulary extraction works from, read from a data directory.
import { readCorpus } from '../corpus/read.ts';
import type { ExtractOptions } from './extract.ts';

/** Throws with the first problem when entities.yaml or vocabulary.yaml cannot be read. */
export function readExtractData(dataDir: string): ExtractOptions {
  const { corpus, problems } = readCorpus(dataDir);
  const blocking = problems.find((problem) => /^(entities|vocabulary)\.yaml$/.test(problem.file));
  if (blocking !== undefined) throw new Error(`${blocking.file}: ${blocking.message}`);
  return { entities: corpus.entities, vocabulary: corpus.vocabulary };
}
