// Pairs of entities and their signs: the pure functions the server's analyses and the client's
// views both apply, so a pair, a sign or an id order means the same on both sides.
import { z } from 'zod';

/** A pair's or a path's sign: +1 aligned, −1 opposed, 0 neutral or balanced out. */
export const Sign = z.literal([1, -1, 0]);
export type Sign = z.infer<typeof Sign>;

/** The sign of a net alignment (alliance articles − tension articles). */
export function signOf(net: number): Sign {
  return net > 0 ? 1 : net < 0 ? -1 : 0;
}

/** A path's sign: the product of its hops' signs (the friend of my enemy reads as an enemy). */
export function pathSign(hops: readonly { sign: Sign }[]): Sign {
  // `|| 0`: −1 · 0 is −0, which is not the 0 it prints as.
  return hops.reduce<Sign>((product, hop) => (product * hop.sign || 0) as Sign, 1);
}

/** Code-unit order of ids (locale-independent, so results do not depend on the machine). */
export function compareIds(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Two ids in ascending order. */
export function orderedPair(a: string, b: string): [string, string] {
  return a <= b ? [a, b] : [b, a];
}

/** The key of an unordered pair: the same for (a, b) and (b, a). */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function comparePairs(x: readonly [string, string], y: readonly [string, string]): number {
  return compareIds(x[0], y[0]) || compareIds(x[1], y[1]);
}
