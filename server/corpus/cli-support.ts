// What the corpus CLIs share: exit codes, the problem listing, usage errors, counted nouns.
import { statSync } from 'node:fs';
import { formatProblem, type Problem } from './problem.ts';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_USAGE = 2;

export function printProblems(problems: readonly Problem[]): void {
  for (const problem of problems) console.log(formatProblem(problem));
}

/** Prints the reason and the usage to stderr, and returns the exit code for it. */
export function usageError(usage: string, reason: unknown): number {
  console.error(`${reason instanceof Error ? reason.message : String(reason)}\n${usage}`);
  return EXIT_USAGE;
}

export function isDirectory(dir: string): boolean {
  return statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

/** `1 article`, `5 articles`, `2 entities` (pass the plural where it is not just +s). */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

export function describeCorpusSize(counts: { articles: number; entities: number; claims: number; types: number }): string {
  return [
    counted(counts.articles, 'article'),
    counted(counts.entities, 'entity', 'entities'),
    counted(counts.claims, 'claim'),
    counted(counts.types, 'relationship type'),
  ].join(', ');
}

export function countFiles(problems: readonly Problem[]): number {
  return new Set(problems.map((problem) => problem.file)).size;
}
