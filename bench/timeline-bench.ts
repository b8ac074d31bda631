// The timeline figure of the render benchmark: a synthetic view of 10,000 claims over ten years
// (mostly day-dated, some to the month or the year only, a few undated), its bins built once, then
// 100 drag moves of the strip's handle, each redraw timed in the page (bench/render/timeline-page.ts).
import type { Page } from 'playwright-core';
import type { Polarity } from '../contract/index.ts';
import { createRng } from './prng.ts';
import type { TimelineBenchArgs, TimelineBenchResult } from './render/timeline-page.ts';
import { summarizeLatencies } from './stats.ts';

export const TIMELINE_CLAIMS = 10_000;
export const TIMELINE_MOVES = 100;
const CLAIMS_PER_EDGE = 10;
const POLARITIES: Polarity[] = ['alliance', 'alliance', 'tension', 'neutral'];

export interface TimelineFigures {
  claims: number;
  buckets: number;
  unit: string;
  binMs: number;
  moves: number;
  redrawP50Ms: number;
  redrawP95Ms: number;
}

/** 10,000 claims from 2015 to 2024: 80% to the day, 12% to the month, 4% to the year, 4% undated. */
export function timelineEdges(claims = TIMELINE_CLAIMS, seed = 17): TimelineBenchArgs['edges'] {
  const rng = createRng(seed);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = () => {
    const roll = rng.next();
    const year = 2015 + rng.int(10);
    if (roll < 0.04) return null;
    if (roll < 0.08) return String(year);
    if (roll < 0.2) return `${year}-${pad(1 + rng.int(12))}`;
    return `${year}-${pad(1 + rng.int(12))}-${pad(1 + rng.int(28))}`;
  };
  return Array.from({ length: Math.ceil(claims / CLAIMS_PER_EDGE) }, () => ({
    claims: Array.from({ length: CLAIMS_PER_EDGE }, () => ({ effectiveDate: date(), polarity: rng.pick(POLARITIES) })),
  }));
}

export async function measureTimeline(page: Page): Promise<TimelineFigures> {
  const args: TimelineBenchArgs = { edges: timelineEdges(), moves: TIMELINE_MOVES };
  const result: TimelineBenchResult = await page.evaluate((a) => window.benchTimeline(a), args);
  if (!result.released) throw new Error('timeline bench: the drag chose no range; the moves did not reach the strip');
  const redraw = summarizeLatencies(result.redrawMs);
  return {
    claims: result.claims,
    buckets: result.buckets,
    unit: result.unit,
    binMs: result.binMs,
    moves: result.redrawMs.length,
    redrawP50Ms: redraw.p50Ms,
    redrawP95Ms: redraw.p95Ms,
  };
}
