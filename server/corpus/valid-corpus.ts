// The corpus the loaders accept: validated, all or nothing, and its content version.
import { createHash } from 'node:crypto';
import type { Corpus } from './schema.ts';
import { checkCorpus, validateCorpus } from './validate.ts';
import { formatProblem, type Problem } from './problem.ts';

/** Bump when the graph the loader writes changes shape, so `npm start` reloads unchanged data. */
const LOADER_VERSION = 3;

export class CorpusInvalidError extends Error {
  override name = 'CorpusInvalidError';
}

declare const validated: unique symbol;
/** A corpus that passed validation; the only kind the loader accepts. */
export type ValidCorpus = Corpus & { readonly [validated]: true };

/** Reads and validates a data folder; throws listing every problem, so nothing bad is loaded. */
export function readValidCorpus(dataDir: string): ValidCorpus {
  const { corpus, problems } = checkCorpus(dataDir);
  return asValid(corpus, problems, `${dataDir}/`);
}

/** Validates a corpus built in code (a generator's, a test's). */
export function validCorpus(corpus: Corpus): ValidCorpus {
  return asValid(corpus, validateCorpus(corpus), 'The corpus');
}

function asValid(corpus: Corpus, problems: Problem[], what: string): ValidCorpus {
  if (problems.length > 0) {
    const listing = problems.map(formatProblem).join('\n');
    throw new CorpusInvalidError(`${what} has ${problems.length} problem(s); nothing was loaded:\n${listing}`);
  }
  return corpus as ValidCorpus;
}

/**
 * Content hash of the corpus (and the loader's shape): equal data gives an equal version. The bytes
 * hashed are exactly `JSON.stringify({ LOADER_VERSION, corpus })`, written record by record, so a
 * corpus of millions of claims never has to become one string.
 */
export function corpusVersion(corpus: Corpus): string {
  const hash = createHash('sha256');
  let pending = `{"LOADER_VERSION":${JSON.stringify(LOADER_VERSION)},"corpus":{`;
  const write = (text: string) => {
    pending += text;
    if (pending.length >= 1 << 20) {
      hash.update(pending);
      pending = '';
    }
  };
  let firstKey = true;
  for (const [key, value] of Object.entries(corpus) as [string, unknown][]) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    write(`${firstKey ? '' : ','}${JSON.stringify(key)}:`);
    firstKey = false;
    if (Array.isArray(value)) {
      write('[');
      value.forEach((item, index) => write(`${index === 0 ? '' : ','}${JSON.stringify(item) ?? 'null'}`));
      write(']');
    } else {
      write(JSON.stringify(value));
    }
  }
  hash.update(`${pending}}}`);
  return hash.digest('hex').slice(0, 16);
}
