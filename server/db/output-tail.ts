// What a child process prints, kept bounded: the last few kilobytes, for the messages that quote
// it (a start-up failure, an unexpected exit). The streams are read for the child's whole life,
// or a full pipe would block it, but never kept: a JVM that prints megabytes per request (Neo4j's
// planner debug output, say) costs this server a fixed amount of memory, not a growing one.
import type { Readable } from 'node:stream';

/** The last `maxChars` characters printed, across every stream it reads. */
export class OutputTail {
  private kept = '';

  constructor(readonly maxChars = 64 * 1024) {}

  append(chunk: string): void {
    const joined = chunk.length >= this.maxChars ? chunk.slice(-this.maxChars) : this.kept + chunk;
    this.kept = joined.length > this.maxChars ? joined.slice(-this.maxChars) : joined;
  }

  /** The last `count` lines kept. */
  lines(count: number): string[] {
    return this.kept.split('\n').slice(-count);
  }

  get text(): string {
    return this.kept;
  }
}

/** The longest line `readLines` waits for; longer ones are cut there (the tail still has them). */
const MAX_LINE_CHARS = 4096;

/**
 * Reads a stream into the tail for as long as it is open; until `watch` returns false, also passes
 * it each complete line (the ready marker is one). Lines longer than MAX_LINE_CHARS are cut.
 */
export function readInto(stream: Readable, tail: OutputTail, watch: (line: string) => boolean = () => false): void {
  let watching = true;
  let partial = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    tail.append(chunk);
    if (!watching) return;
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!.slice(0, MAX_LINE_CHARS);
    for (const line of lines) {
      if (!watching) return;
      watching = watch(line.replace(/\r$/, '').slice(0, MAX_LINE_CHARS));
    }
  });
}
