// Checks the records of a corpus against each other: unique ids, references that resolve,
// offsets that fit their quote, aliases that name one entity, articles' mentions (mentions.ts). Every problem is reported, not
// just the first, and a reference to a record already rejected by its schema is not reported
// again.
import { checkMentions } from './mentions.ts';
import { sortProblems, type PathSegment, type Problem } from './problem.ts';
import { readCorpus, type CorpusRead } from './read.ts';
import type { Claim, Corpus } from './schema.ts';
import {
  describeRef,
  isInGap,
  problemAtRecord,
  sourceAt,
  sourcesByConvention,
  type CorpusSources,
  type ReferenceGap,
  type SourceRef,
} from './sources.ts';

/** Reads and validates a data dir. Load the corpus only when `problems` is empty. */
export function checkCorpus(dataDir: string): CorpusRead {
  const read = readCorpus(dataDir);
  const problems = sortProblems([...read.problems, ...validateCorpus(read.corpus, read.sources)]);
  return { ...read, problems };
}

/** `sources` defaults to the conventional files, for a corpus built in code. */
export function validateCorpus(corpus: Corpus, sources: CorpusSources = sourcesByConvention(corpus)): Problem[] {
  return [
    ...findDuplicates(
      sources,
      corpus.vocabulary.map((entry) => entry.type),
      sources.vocabulary,
      'type',
    ),
    ...findDuplicates(
      sources,
      corpus.outlets.map((outlet) => outlet.id),
      sources.outlets,
      'id',
    ),
    ...findDuplicates(
      sources,
      corpus.articles.map((article) => article.id),
      sources.articles,
      'id',
    ),
    ...findDuplicates(
      sources,
      corpus.entities.map((entity) => entity.id),
      sources.entities,
      'id',
    ),
    ...findDuplicates(
      sources,
      corpus.claims.map((claim) => claim.id),
      sources.claims,
      'id',
    ),
    ...findDuplicateAliases(corpus, sources),
    ...checkArticleOutlets(corpus, sources),
    ...checkClaims(corpus, sources),
    ...checkMentions(corpus, sources),
  ];
}

/** Every record after the first with the same key, pointing back at the first. */
function findDuplicates(sources: CorpusSources, keys: string[], refs: SourceRef[], field: 'id' | 'type'): Problem[] {
  const first = new Map<string, SourceRef>();
  const problems: Problem[] = [];
  keys.forEach((key, index) => {
    const ref = sourceAt(refs, index);
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, ref);
      return;
    }
    problems.push(
      problemAtRecord(sources, ref, {
        at: [field],
        code: 'duplicate_id',
        message: `"${key}" is already defined at ${describeRef(sources, earlier)}`,
      }),
    );
  });
  return problems;
}

/** A surface form (name or alias) must resolve to one entity, whatever its case. */
function findDuplicateAliases(corpus: Corpus, sources: CorpusSources): Problem[] {
  const owners = new Map<string, { entityId: string; ref: SourceRef }>();
  const problems: Problem[] = [];
  corpus.entities.forEach((entity, index) => {
    const ref = sourceAt(sources.entities, index);
    const forms: { form: string; at: PathSegment[] }[] = [
      { form: entity.name, at: ['name'] },
      ...entity.aliases.map((alias, aliasIndex) => ({ form: alias, at: ['aliases', aliasIndex] })),
    ];
    for (const { form, at: formPath } of forms) {
      const key = form.toLowerCase();
      const owner = owners.get(key);
      if (owner === undefined) {
        owners.set(key, { entityId: entity.id, ref });
      } else if (owner.entityId !== entity.id) {
        problems.push(
          problemAtRecord(sources, ref, {
            at: formPath,
            code: 'duplicate_alias',
            message: `"${form}" also names "${owner.entityId}" (${describeRef(sources, owner.ref)})`,
          }),
        );
      }
    }
  });
  return problems;
}

/** An article's outlet must be a record of outlets.yaml. */
function checkArticleOutlets(corpus: Corpus, sources: CorpusSources): Problem[] {
  const known = new Set(corpus.outlets.map((outlet) => outlet.id));
  return corpus.articles.flatMap((article, index) =>
    article.outlet !== null && isUnknown(article.outlet, known, sources.gaps.outlets)
      ? [
          problemAtRecord(sources, sourceAt(sources.articles, index), {
            at: ['outlet'],
            code: 'unknown_outlet',
            message: `article "${article.id}": no outlet in outlets.yaml has the id "${article.outlet}"`,
          }),
        ]
      : [],
  );
}

interface KnownIds {
  entities: Set<string>;
  articles: Set<string>;
  types: Set<string>;
}

function checkClaims(corpus: Corpus, sources: CorpusSources): Problem[] {
  const known: KnownIds = {
    entities: new Set(corpus.entities.map((entity) => entity.id)),
    articles: new Set(corpus.articles.map((article) => article.id)),
    types: new Set(corpus.vocabulary.map((entry) => entry.type)),
  };
  return corpus.claims.flatMap((claim, index) => checkClaim(claim, sourceAt(sources.claims, index), { known, sources }));
}

function checkClaim(claim: Claim, ref: SourceRef, { known, sources }: { known: KnownIds; sources: CorpusSources }): Problem[] {
  const problems: Problem[] = [];
  const report = (field: PathSegment, code: Problem['code'], message: string): void => {
    problems.push(problemAtRecord(sources, ref, { at: [field], code, message }));
  };

  const references: { field: 'subject' | 'object' | 'statedBy'; id: string | null }[] = [
    { field: 'subject', id: claim.subject },
    { field: 'object', id: claim.object },
    { field: 'statedBy', id: claim.statedBy },
  ];
  for (const { field, id } of references) {
    if (id !== null && isUnknown(id, known.entities, sources.gaps.entities)) {
      report(field, 'unknown_entity', `no entity has the id "${id}"`);
    }
  }
  if (isUnknown(claim.article, known.articles, sources.gaps.articles)) {
    report('article', 'unknown_article', `no article has the id "${claim.article}"`);
  }
  if (isUnknown(claim.type, known.types, sources.gaps.types)) {
    report('type', 'unknown_type', `"${claim.type}" is not in vocabulary.yaml`);
  }
  if (claim.subject === claim.object) {
    report('object', 'self_relation', `subject and object are both "${claim.subject}"`);
  }

  const [start, end] = claim.offsets;
  if (end <= start) {
    report('offsets', 'bad_offsets', `end (${end}) must be greater than start (${start})`);
  } else if (end - start !== claim.quote.length) {
    report('offsets', 'bad_offsets', `the offsets span ${end - start} characters but the quote has ${claim.quote.length}`);
  }
  return problems;
}

function isUnknown(id: string, known: Set<string>, gap: ReferenceGap): boolean {
  return !known.has(id) && !isInGap(gap, id);
}
