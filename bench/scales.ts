// The sizes of the synthetic corpora. `tiny` is for the smoke test; the others for `npm run bench`.

export interface ScaleSpec {
  claims: number;
  entities: number;
  articles: number;
}

export const SCALES = {
  tiny: { claims: 500, entities: 120, articles: 20 },
  small: { claims: 10_000, entities: 2_000, articles: 200 },
  medium: { claims: 100_000, entities: 15_000, articles: 300 },
  large: { claims: 1_000_000, entities: 100_000, articles: 400 },
} as const satisfies Record<string, ScaleSpec>;

export type ScaleName = keyof typeof SCALES;

export function isScaleName(name: string): name is ScaleName {
  return Object.hasOwn(SCALES, name);
}
