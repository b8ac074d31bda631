// Which entities each article names: those a claim of the article names (subject, object,
// speaker), and those its record lists under `mentions` because it names them without stating a
// relationship of theirs. One place for both loaders (the MENTIONS relationships) and for the
// validation of the listed ones.
import type { PathSegment, Problem } from './problem.ts';
import type { Corpus } from './schema.ts';
import { describeRef, isInGap, problemAtRecord, sourceAt, type CorpusSources, type SourceRef } from './sources.ts';

/** Every entity an article names, once per article: its claims' entities, then its listed mentions. */
export function mentionsByArticle(corpus: Corpus): Map<string, Set<string>> {
  const byArticle = new Map<string, Set<string>>();
  const namedBy = (article: string): Set<string> => {
    let named = byArticle.get(article);
    if (named === undefined) byArticle.set(article, (named = new Set()));
    return named;
  };
  for (const claim of corpus.claims) {
    const named = namedBy(claim.article);
    named.add(claim.subject);
    named.add(claim.object);
    if (claim.statedBy !== null) named.add(claim.statedBy);
  }
  for (const article of corpus.articles) {
    for (const entity of article.mentions ?? []) namedBy(article.id).add(entity);
  }
  return byArticle;
}

/**
 * An article's listed mentions must name known entities, each once, and none that a claim of the
 * article names: that mention is the claim's already, and listing it too would be a second place
 * for one fact (and would go stale when the claim changes).
 */
export function checkMentions(corpus: Corpus, sources: CorpusSources): Problem[] {
  const entities = new Set(corpus.entities.map((entity) => entity.id));
  const claimNaming = firstClaimNaming(corpus, sources);
  return corpus.articles.flatMap((article, index) => {
    const ref = sourceAt(sources.articles, index);
    const seen = new Set<string>();
    return (article.mentions ?? []).flatMap((entity, position): Problem[] => {
      const at: PathSegment[] = ['mentions', position];
      const problem = (code: Problem['code'], message: string) => [problemAtRecord(sources, ref, { at, code, message })];
      if (seen.has(entity)) return problem('duplicate_mention', `"${entity}" is listed twice in the mentions of "${article.id}"`);
      seen.add(entity);
      if (!entities.has(entity) && !isInGap(sources.gaps.entities, entity)) {
        return problem('unknown_entity', `no entity has the id "${entity}"`);
      }
      const claim = claimNaming.get(`${article.id}\u0000${entity}`);
      if (claim === undefined) return [];
      return problem(
        'mention_of_claimed_entity',
        `"${entity}" is named by the claim "${claim.id}" of "${article.id}" (${describeRef(sources, claim.ref)}), ` +
          'which makes the mention already: list only entities the article names without a claim',
      );
    });
  });
}

/** By `article \0 entity`: the first claim of the article that names the entity, and where it is. */
function firstClaimNaming(corpus: Corpus, sources: CorpusSources): Map<string, { id: string; ref: SourceRef }> {
  const first = new Map<string, { id: string; ref: SourceRef }>();
  corpus.claims.forEach((claim, index) => {
    for (const entity of [claim.subject, claim.object, claim.statedBy]) {
      const key = `${claim.article}\u0000${entity}`;
      if (entity !== null && !first.has(key)) first.set(key, { id: claim.id, ref: sourceAt(sources.claims, index) });
    }
  });
  return first;
}
