// A comparison as the explorer draws graphs: a GraphResponse with one line per pair (the pair view
// then reads its verdict from the claims of side B, or of A where only A states it, so its colour is
// that side's net alignment), and each line's compare data: status, both sides' readings, width.
import {
  netPolarity,
  type CompareEdge,
  type CompareResponse,
  type CompareStatus,
  type EdgeClaim,
  type GraphEdge,
  type GraphResponse,
} from '../../contract/index.ts';
import { edgeWidth } from '../graph/graph-elements.ts';
import { STATUS_STYLE, statusClass } from './compare-style.ts';
import { changeText, claimsById, pairArticles, sideClaims } from './what-changed.ts';

/** The relationship type of a compared pair's one line: the pair view keys lines by pair, not type. */
const COMPARED = 'COMPARED';

/** The side whose reading colours the line: B where it states the pair, else A. */
export const colourSide = (edge: CompareEdge): 'a' | 'b' => (edge.b ? 'b' : 'a');

function pairLine(edge: CompareEdge, claims: ReadonlyMap<string, EdgeClaim>): GraphEdge {
  const side = colourSide(edge);
  const own = sideClaims(edge, side, claims);
  const net = edge[side]!.net;
  return {
    id: `${edge.source}|${COMPARED}|${edge.target}`,
    source: edge.source,
    target: edge.target,
    type: COMPARED,
    directed: false,
    polarity: netPolarity(net),
    claimCount: own.length,
    articleCount: new Set(own.map((claim) => claim.articleId)).size,
    contested: net.contested,
    mixed: false,
    claims: own,
  };
}

/** The comparison as a view: its entities, one line per compared pair. */
export function compareGraph(response: CompareResponse): GraphResponse {
  const claims = claimsById(response);
  const edges = response.edges.filter((edge) => edge[colourSide(edge)]).map((edge) => pairLine(edge, claims));
  const articles = new Set(response.claims.map((claim) => claim.articleId)).size;
  return {
    nodes: response.nodes,
    edges,
    truncated: response.truncated,
    counts: { nodes: response.nodes.length, edges: edges.length, claims: response.claims.length, articles },
  };
}

/** A compare line's data and classes on top of the pair line: status, both readings, width over both sides. */
export interface CompareLineData {
  status: CompareStatus;
  label: string;
  width: number;
  classes: string[];
}

export function compareLineData(edge: CompareEdge, claims: ReadonlyMap<string, EdgeClaim>): CompareLineData {
  const style = STATUS_STYLE[edge.status];
  return {
    status: edge.status,
    label: `${style.label.split(':')[0]} · ${changeText(edge)}`,
    width: edgeWidth(pairArticles(edge, claims)) + style.extraWidth,
    classes: ['cmp', statusClass(edge.status)],
  };
}
