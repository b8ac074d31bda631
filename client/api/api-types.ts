// The shapes the explorer reads from the API (server/api/graph-routes.ts, server/graph/*.ts).
// Kept here rather than imported from server/ so the bundle never pulls server code in.

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

export interface GraphNode {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  /** Distinct neighbours in this view. */
  degree: number;
}

export interface Claim {
  claimId: string;
  quote: string;
  articleId: string;
  /** The entity whose words or view it is; null when it is the article's own narration. */
  statedBy: string | null;
  date: string | null;
  polarity: Polarity;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  directed: boolean;
  polarity: Polarity;
  claimCount: number;
  articleCount: number;
  /** The pair has both alliance and tension claims in this view. */
  contested: boolean;
  claims: Claim[];
}

export interface GraphCounts {
  nodes: number;
  edges: number;
  claims: number;
  articles: number;
}

export interface GraphResponse {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** More entities matched than the server's cap: the view holds the best connected ones. */
  truncated: boolean;
  counts: GraphCounts;
}

export interface EntityHit {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  score: number;
}

export interface Counterpart {
  id: string;
  name: string;
  kind: string;
  claims: number;
  articles: number;
}

export interface EntityDetail {
  entity: { id: string; name: string; kind: string; aliases: string[]; description: string | null };
  counterparts: Record<Polarity, Counterpart[]>;
  articles: { id: string; title: string; outlet: string | null }[];
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

export interface PathClaim extends Claim {
  type: string;
  source: string;
  target: string;
}

/** +1 aligned, −1 opposed, 0 when a hop is neutral or contested. */
export type Sign = 1 | -1 | 0;

export interface Hop {
  from: string;
  to: string;
  sign: Sign;
  claims: PathClaim[];
}

export interface EntityPath {
  ids: string[];
  length: number;
  sign: Sign;
  hops: Hop[];
}

export interface PathsResponse {
  from: string;
  to: string;
  maxHops: number;
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

export interface SavedQueryParam {
  name: string;
  /** Example value, offered as the default. */
  default: string;
  description: string;
}

export interface SavedQuery {
  name: string;
  title: string;
  /** The question the query answers. */
  answers: string;
  params: SavedQueryParam[];
  cypher: string;
}
