// The "key points" of a briefing: the pairs the view's evidence says most about, in three kinds:
// the strongest alignments, the strongest tensions, and the divided pairs (both stated, neither
// side clearly ahead). The kind is the pair's verdict by the contract's one rule
// (contract/net-alignment.ts), the same the line's colour follows, so the sheet never reads a
// pair otherwise than the graph: an alignment with tension also stated says so ("tension in 1"),
// and a pair the rule calls contested says that too.
// Counts are distinct articles stating alliance, and those stating tension, about the pair in
// either direction; many claims from one article count once. The words say what the articles
// state and how many, never more ("alliance stated in 5 articles", not "allies").
import { isContested, netSummary, pairKey, type EdgeClaim as Claim } from '../../contract/index.ts';
import { plural } from '../ui/evidence-format.ts';

export type KeyPointKind = 'alliance' | 'tension' | 'divided';

export interface KeyPoint {
  kind: KeyPointKind;
  /** The pair's ids, as its best-evidenced line names them (source, target). */
  pair: [string, string];
  /** Distinct articles stating alliance, and tension, about the pair. */
  alliance: number;
  tension: number;
  /** The numbers of the pair's lines (its sources), ascending. */
  numbers: number[];
}

/** A numbered line of the view and the claims behind it. */
export interface NumberedLine {
  number: number;
  source: string;
  target: string;
  claims: readonly (Pick<Claim, 'articleId' | 'polarity'> & { historical?: boolean })[];
}

export interface KeyPointLimits {
  /** Historical claims count, as the view's lines count them (its "Include historical claims"); default false. */
  historical?: boolean;
  /** At most this many of each kind; default 3 alignments, 3 tensions, 2 divided pairs. */
  alliance?: number;
  tension?: number;
  divided?: number;
}

const LIMITS: Required<Omit<KeyPointLimits, 'historical'>> = { alliance: 3, tension: 3, divided: 2 };

interface PairTally {
  pair: [string, string];
  alliance: Set<string>;
  tension: Set<string>;
  numbers: number[];
}

/** The lines grouped by unordered pair (a by-type view draws several lines per pair). */
function tallyPairs(lines: readonly NumberedLine[], historical: boolean): PairTally[] {
  const pairs = new Map<string, PairTally>();
  for (const line of [...lines].sort((a, b) => a.number - b.number)) {
    const key = pairKey(line.source, line.target);
    const tally = pairs.get(key) ?? { pair: [line.source, line.target], alliance: new Set(), tension: new Set(), numbers: [] };
    pairs.set(key, tally);
    tally.numbers.push(line.number);
    for (const claim of line.claims) {
      if (claim.historical && !historical) continue;
      if (claim.polarity === 'alliance') tally.alliance.add(claim.articleId);
      if (claim.polarity === 'tension') tally.tension.add(claim.articleId);
    }
  }
  return [...pairs.values()];
}

const KIND_OF_VERDICT = { aligned: 'alliance', opposed: 'tension', divided: 'divided', neutral: null } as const;

function kindOf(tally: PairTally): KeyPointKind | null {
  return KIND_OF_VERDICT[netSummary({ alliance: [...tally.alliance], tension: [...tally.tension], neutral: [] }).verdict];
}

/** The key points, alignments first, then tensions, then divided pairs; each kind strongest first. */
export function keyPoints(lines: readonly NumberedLine[], limits: KeyPointLimits = {}): KeyPoint[] {
  const max = { ...LIMITS, ...limits };
  const points = tallyPairs(lines, limits.historical ?? false).flatMap((tally): KeyPoint[] => {
    const kind = kindOf(tally);
    return kind ? [{ kind, pair: tally.pair, alliance: tally.alliance.size, tension: tally.tension.size, numbers: tally.numbers }] : [];
  });
  // Stronger evidence first (the net for a sign, all articles for a divided pair); ties go to
  // the pair numbered first, so the order is stable.
  const strength = (point: KeyPoint) =>
    point.kind === 'alliance'
      ? point.alliance - point.tension
      : point.kind === 'tension'
        ? point.tension - point.alliance
        : point.alliance + point.tension;
  const of = (kind: KeyPointKind) =>
    points
      .filter((point) => point.kind === kind)
      .sort((a, b) => strength(b) - strength(a) || a.numbers[0]! - b.numbers[0]!)
      .slice(0, Math.max(0, max[kind]));
  return [...of('alliance'), ...of('tension'), ...of('divided')];
}

/** "[1]", "[3, 7]": the numbers of the sources, as printed beside a key point. */
export const sourceRefs = (numbers: readonly number[]): string => `[${numbers.join(', ')}]`;

/** "Russia – Pakistan: alliance stated in 5 articles, tension in 1 [1]". */
export function keyPointText(point: KeyPoint, name: (id: string) => string): string {
  const pair = `${name(point.pair[0])} – ${name(point.pair[1])}`;
  const alliance = plural(point.alliance, 'article');
  const tension = plural(point.tension, 'article');
  const stated =
    point.kind === 'alliance'
      ? `alliance stated in ${alliance}${point.tension > 0 ? `, tension in ${point.tension}` : ''}`
      : point.kind === 'tension'
        ? `tension stated in ${tension}${point.alliance > 0 ? `, alliance in ${point.alliance}` : ''}`
        : `divided: alliance stated in ${alliance}, tension in ${tension}`;
  const contested = isContested(point.alliance, point.tension) ? ', contested' : '';
  return `${pair}: ${stated}${contested} ${sourceRefs(point.numbers)}`;
}
