// Turns a reviewed file's decisions into the one article the data writer takes: accepted new
// entities appended, merges and known entities adding their aliases, accepted claims with their
// entities resolved to ids, and accepted entities that no accepted claim names kept as the
// article's mentions. Anything undecided or incomplete is named, and nothing is written.
import type { Entity, Review, ReviewClaim, ReviewEntity } from '../../contract/index.ts';
import type { Claim } from '../corpus/schema.ts';
import type { NewArticle } from './data-writer.ts';

export interface ReviewProblem {
  /** In the review file, e.g. `claims[2].subject`. */
  path: string;
  code: 'pending_decision' | 'missing_description' | 'unknown_entity' | 'nothing_accepted';
  message: string;
}

export class ReviewIncompleteError extends Error {
  override name = 'ReviewIncompleteError';
  constructor(readonly problems: readonly ReviewProblem[]) {
    super(`the review is not complete:\n${problems.map((p) => `${p.path}: ${p.code}: ${p.message}`).join('\n')}`);
  }
}

/** `known`: the entities in data/ now. */
export function decidedArticle(review: Review, text: string, known: readonly Entity[]): NewArticle {
  const problems: ReviewProblem[] = [];
  review.entities.forEach((entity, index) => {
    if (entity.decision === 'pending') problems.push(pending(`entities[${index}]`));
  });
  review.claims.forEach((claim, index) => {
    if (claim.decision === 'pending') problems.push(pending(`claims[${index}]`));
  });

  const newEntities: Entity[] = [];
  const addAliases: Record<string, string[]> = {};
  const accepted: string[] = [];
  const idByForm = new Map<string, string>(
    known.flatMap((entity) => [entity.id, entity.name].map((form): [string, string] => [form, entity.id])),
  );
  review.entities.forEach((entity, index) => {
    if (entity.decision !== 'accept') return;
    const target = targetOf(entity);
    accepted.push(target);
    idByForm.set(entity.id, target).set(entity.name, target);
    if (target !== entity.id || !entity.new) {
      (addAliases[target] ??= []).push(...(entity.new ? [entity.name] : []), ...entity.aliases);
    } else if (entity.description === null) {
      problems.push({
        path: `entities[${index}].description`,
        code: 'missing_description',
        message: `a new entity needs a description (or set mergeInto)`,
      });
    } else {
      newEntities.push({ id: entity.id, kind: entity.kind, name: entity.name, aliases: entity.aliases, description: entity.description });
    }
  });

  const claims: Claim[] = [];
  review.claims.forEach((claim, index) => {
    if (claim.decision !== 'accept') return;
    const resolve = (field: 'subject' | 'object' | 'statedBy', form: string): string => {
      const id = idByForm.get(form);
      if (id === undefined) {
        problems.push({
          path: `claims[${index}].${field}`,
          code: 'unknown_entity',
          message: `"${form}" is neither an entity in data/ nor an accepted entity of this review`,
        });
      }
      return id ?? form;
    };
    claims.push(claimOf(claim, review.article.id, resolve));
  });
  if (claims.length === 0 && problems.length === 0) {
    problems.push({
      path: 'claims',
      code: 'nothing_accepted',
      message: 'no claim is accepted: an article enters the corpus for what it states',
    });
  }
  if (problems.length > 0) throw new ReviewIncompleteError(problems);
  return { article: review.article, text, newEntities, addAliases, claims, mentions: unclaimed(accepted, claims) };
}

/**
 * The accepted entities (by the id they end up under) that no accepted claim names: the article
 * names them all the same, so they become its mentions rather than being silently dropped.
 */
function unclaimed(accepted: readonly string[], claims: readonly Claim[]): string[] {
  const named = new Set(claims.flatMap((claim) => [claim.subject, claim.object, claim.statedBy]));
  return [...new Set(accepted)].filter((id) => !named.has(id));
}

function targetOf(entity: ReviewEntity): string {
  return entity.new && entity.mergeInto !== null ? entity.mergeInto : entity.id;
}

function claimOf(claim: ReviewClaim, article: string, resolve: (field: 'subject' | 'object' | 'statedBy', form: string) => string): Claim {
  return {
    id: claim.id,
    subject: resolve('subject', claim.subject),
    type: claim.type,
    object: resolve('object', claim.object),
    polarity: claim.polarity,
    quote: claim.quote,
    offsets: claim.offsets,
    article,
    statedBy: claim.statedBy === null ? null : resolve('statedBy', claim.statedBy),
    date: claim.date,
  };
}

function pending(path: string): ReviewProblem {
  return { path: `${path}.decision`, code: 'pending_decision', message: 'decide: accept or reject' };
}
