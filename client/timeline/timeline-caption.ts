// The timeline's words: what is counted apart (coarser-dated and undated claims) and a summary for
// screen readers, which cannot see the bars.
import { plural } from '../ui/evidence-format.ts';
import type { BucketUnit, TimelineBins } from './timeline-bins.ts';

/** The precisions coarser than a bucket of this unit. */
const COARSER: Record<BucketUnit, string> = { day: 'the month or year only', month: 'the year only', year: '' };

export interface TimelineCaption {
  /** "3 dated to the year only, drawn lighter across their span"; empty when there are none. */
  coarse: string;
  /** The undated toggle's label: "Include 7 undated". */
  undated: string;
  /** The bars in words. */
  summary: string;
}

export function timelineCaption(bins: TimelineBins): TimelineCaption {
  const { unit, buckets, dated, coarse, undated } = bins;
  const coarseText =
    coarse > 0 && COARSER[unit] ? `${coarse} dated to ${COARSER[unit]}, drawn lighter across ${coarse === 1 ? 'its' : 'their'} span` : '';
  const span = buckets.length > 0 ? `per ${unit}, ${buckets[0]!.label} to ${buckets.at(-1)!.label}` : 'over time';
  const summary = `Claims ${span}: ${plural(dated, 'dated claim')}${coarseText ? ` (${coarse} coarser than a ${unit})` : ''}, ${undated} undated.`;
  return { coarse: coarseText, undated: `Include ${undated} undated`, summary };
}
