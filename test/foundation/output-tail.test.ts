// The embedded JVM's output is read for its whole life but kept only as a bounded tail: a child
// that prints tens of megabytes is never blocked on a full pipe, and costs a fixed amount of memory.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { OutputTail, readInto } from '../../server/db/output-tail.ts';

/**
 * A child that prints a ready marker, then `mb` MiB on stdout and stderr, then a last line on
 * each: the two streams' chunks arrive in any order, and either one's last chunk ends the tail.
 */
function chatty(mb: number) {
  const script = `
    console.log('NEO4J_READY bolt://127.0.0.1:1');
    const block = 'x'.repeat(1023) + '\\n';
    for (let i = 0; i < ${mb} * 1024; i += 1) { process.stdout.write(block); process.stderr.write(block); }
    process.stdout.write('last line\\n');
    process.stderr.write('last line\\n');`;
  return spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('output tail', () => {
  it('when a child prints 2 × 16 MiB after its ready line, then it runs to the end and only the tail is kept', async () => {
    const child = chatty(16);
    const tail = new OutputTail(64 * 1024);
    const watched: string[] = [];
    readInto(child.stderr, tail);
    readInto(child.stdout, tail, (line) => (watched.push(line), !line.startsWith('NEO4J_READY')));

    const [code] = (await once(child, 'close')) as [number];

    expect(code).toBe(0);
    expect(watched).toEqual(['NEO4J_READY bolt://127.0.0.1:1']);
    expect(tail.text.length).toBe(64 * 1024);
    expect(tail.lines(20).join('\n')).toContain('last line');
  });

  it('when a line is longer than the tail, then only its end is kept', () => {
    const tail = new OutputTail(10);

    tail.append('a'.repeat(100));
    tail.append('bc');

    expect(tail.text).toBe(`${'a'.repeat(8)}bc`);
  });
});
