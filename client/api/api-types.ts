// The shapes the explorer reads from the API. Where the server declares a shape, it is imported
// as a type only (erased at build, so the bundle never pulls server code in); the rest is here.
import type { GraphResult } from '../../server/graph/graph-repository.ts';

export type { EntityHit } from '../../server/graph/entity-search.ts';
export type { Counterpart, EntityDetail } from '../../server/graph/entity-detail.ts';
export type { EdgeClaim as Claim, GraphEdge, GraphNode } from '../../server/graph/graph-view.ts';
import type { EntityPath } from '../../server/graph/paths.ts';
export type { EntityPath, Hop, PathClaim, Sign } from '../../server/graph/paths.ts';
export type GraphResponse = GraphResult;
export type GraphCounts = GraphResult['counts'];

export const POLARITIES = ['alliance', 'tension', 'neutral'] as const;
export type Polarity = (typeof POLARITIES)[number];

export const ENTITY_KINDS = ['Country', 'Person', 'Organization', 'Group', 'Initiative'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface VocabularyEntry {
  type: string;
  meaning: string;
  polarity: Polarity;
  symmetric: boolean;
}

export interface Article {
  id: string;
  title: string;
  outlet: string | null;
  author: string | null;
  /** As the page prints it. */
  published: string | null;
  /** The date the page showed when captured: not the article's date. */
  pageDate: string | null;
  eventDate: string | null;
  url: string | null;
  notes: string | null;
  claims: number;
}

export interface PathsResponse {
  from: string;
  to: string;
  maxHops: number;
  /** The most paths the answer holds (shortest first, then best sourced). */
  limit: number;
  paths: EntityPath[];
}

// The Cypher console (server/api/console-routes.ts, queries-routes.ts).

/** A node in a console answer, as the server makes it plain (server/db/to-plain.ts). */
export interface ConsoleNode {
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

export interface ConsoleRelationship {
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, unknown>;
}

export interface ConsoleResult {
  columns: string[];
  rows: unknown[][];
  /** Rows were left out by the row cap or the byte cap (summary.truncatedBy says which). */
  truncated: boolean;
  /** Every node and relationship found anywhere in the rows, once each. */
  graph: { nodes: ConsoleNode[]; relationships: ConsoleRelationship[] };
  summary: {
    queryType: string;
    resultAvailableAfterMs: number | null;
    resultConsumedAfterMs?: number | null;
    rowCount: number;
    truncatedBy: 'rows' | 'bytes' | null;
    limits: { timeoutMs: number; maxRows: number; maxBytes: number };
  };
}

export type { SavedQuery, SavedQueryParam } from '../../server/queries/saved-queries.ts';
