// Benchmark (prints figures; not a test): structural balance and blocs, in-process on the pure
// functions (no database), over a synthetic signed graph with planted blocs.
//
//   npm run bench:analysis [-- --entities 2000 --pairs 20000 --blocs 10 --intra 0.6 --noise 0.1 --seed 20210406]
//
// The graph: entities e0000… are dealt round-robin into `blocs` planted blocs (so a bloc is not a
// run of ids). Each pair is, with probability `intra`, two members of one bloc, otherwise two
// entities of different blocs; distinct pairs are drawn until there are `pairs`. A pair inside a
// bloc is stated as alliance, across as tension, each flipped with probability `noise`, by 1–3
// distinct articles (one claim each). Random numbers come from mulberry32 with a fixed seed, so
// every run builds the same graph.
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { netAlignments, type PairEvidence } from '../server/analysis/net-alignment.ts';
import { structuralBalance } from '../server/analysis/balance.ts';
import { findBlocs } from '../server/analysis/blocs.ts';

const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '2000' },
    pairs: { type: 'string', default: '20000' },
    blocs: { type: 'string', default: '10' },
    intra: { type: 'string', default: '0.6' },
    noise: { type: 'string', default: '0.1' },
    seed: { type: 'string', default: '20210406' },
  },
});
const ENTITIES = Number(values.entities);
const PAIRS = Number(values.pairs);
const BLOCS = Number(values.blocs);
const INTRA = Number(values.intra);
const NOISE = Number(values.noise);
const SEED = Number(values.seed);
if (PAIRS > (ENTITIES * (ENTITIES - 1)) / 2 || BLOCS < 2 || ENTITIES < BLOCS * 2) throw new Error('bench: impossible graph parameters');

/** mulberry32: a small, fast 32-bit PRNG; the same seed gives the same sequence. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticGraph(): { evidence: PairEvidence[]; planted: string[][] } {
  const random = mulberry32(SEED);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const ids = Array.from({ length: ENTITIES }, (_, i) => `e${String(i).padStart(4, '0')}`);
  const planted: string[][] = Array.from({ length: BLOCS }, () => []);
  ids.forEach((id, i) => planted[i % BLOCS]!.push(id));
  const blocOf = new Map(ids.map((id, i) => [id, i % BLOCS]));

  const seen = new Set<string>();
  const evidence: PairEvidence[] = [];
  while (evidence.length < PAIRS) {
    let a: string;
    let b: string;
    if (random() < INTRA) {
      const bloc = pick(planted);
      [a, b] = [pick(bloc), pick(bloc)];
    } else {
      [a, b] = [pick(ids), pick(ids)];
      if (blocOf.get(a) === blocOf.get(b)) continue;
    }
    const key = a < b ? `${a}|${b}` : `${b}|${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    const allied = (blocOf.get(a) === blocOf.get(b)) !== random() < NOISE;
    const articles = Array.from({ length: 1 + Math.floor(random() * 3) }, (_, i) => `article-${i + 1}`);
    const stated = { articles, claimIds: articles.map((article) => `${key}|${article}`) };
    const none = { articles: [], claimIds: [] };
    evidence.push({ a, b, alliance: allied ? stated : none, tension: allied ? none : stated, neutral: none });
  }
  return { evidence, planted };
}

function timed<T>(run: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = run();
  return { result, ms: performance.now() - started };
}

/** A planted bloc is recovered when some found bloc matches it with Jaccard similarity ≥ 0.9. */
function recovery(planted: string[][], found: string[][]): { recovered: number; meanJaccard: number } {
  const blocOf = new Map(found.flatMap((members, b) => members.map((id): [string, number] => [id, b])));
  const scores = planted.map((members) => {
    const overlap = new Map<number, number>();
    for (const id of members) {
      const b = blocOf.get(id);
      if (b !== undefined) overlap.set(b, (overlap.get(b) ?? 0) + 1);
    }
    return Math.max(0, ...[...overlap].map(([b, shared]) => shared / (members.length + found[b]!.length - shared)));
  });
  return { recovered: scores.filter((score) => score >= 0.9).length, meanJaccard: scores.reduce((sum, s) => sum + s, 0) / scores.length };
}

const { evidence, planted } = syntheticGraph();
// First runs in this process (cold JIT, as on a server's first request), then the same again warm.
const run = () => {
  const net = timed(() => netAlignments(evidence));
  const balance = timed(() => structuralBalance(net.result));
  const blocs = timed(() => findBlocs(net.result));
  return { net, balance, blocs };
};
const cold = run();
const warm = run();
const { net, balance, blocs } = cold;
const { recovered, meanJaccard } = recovery(
  planted,
  blocs.result.blocs.map((bloc) => bloc.members.map((m) => m.id)),
);
const ms = (value: number) => `${value.toFixed(1)} ms`;
const big = blocs.result.blocs.filter((bloc) => bloc.members.length >= 2).length;

const figures: [string, string][] = [
  ['graph', `${ENTITIES} entities, ${evidence.length} pairs, ${BLOCS} planted blocs, intra ${INTRA}, noise ${NOISE}, seed ${SEED}`],
  ['net alignment', `${ms(net.ms)} cold, ${ms(warm.net.ms)} warm (${net.result.length} pairs)`],
  [
    'balance',
    `${ms(balance.ms)} cold, ${ms(warm.balance.ms)} warm: ${balance.result.counts.triads} triads, ${balance.result.counts.unbalanced} unbalanced, frustration ${balance.result.frustration.toFixed(4)}`,
  ],
  [
    'blocs',
    `${ms(blocs.ms)} cold, ${ms(warm.blocs.ms)} warm (with explanations): ${blocs.result.counts.blocs} blocs (${big} with 2+ members), score ${blocs.result.score} (satisfied ${blocs.result.satisfied}, violated ${blocs.result.violated})`,
  ],
  ['planted recovered', `${recovered}/${BLOCS} (Jaccard ≥ 0.9; mean best Jaccard ${meanJaccard.toFixed(3)})`],
  ['balance + blocs', `${ms(balance.ms + blocs.ms)} cold, ${ms(warm.balance.ms + warm.blocs.ms)} warm (target ≤ 2000 ms)`],
  ['all three', `${ms(net.ms + balance.ms + blocs.ms)} cold`],
];
for (const [label, value] of figures) console.log(`${label.padEnd(18)} ${value}`);
