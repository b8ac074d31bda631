// What proposes entities and claims for an article's text. The ingest commands take it as a
// parameter; `defaultProposer` is the one `npm run ingest` uses.
import type { Entity, Proposals, VocabularyEntry } from '../../contract/index.ts';

export type Proposer = (text: string, known: { entities: Entity[]; vocabulary: VocabularyEntry[] }) => Proposals;

/**
 * The extractor (server/extract/extract.ts, `extractProposals`) is wired here when it is merged.
 * Until then nothing is proposed: the review file lists no entities or claims, and a person adds
 * them by hand in the same format.
 */
export const defaultProposer: Proposer = () => ({ entities: [], claims: [] });
