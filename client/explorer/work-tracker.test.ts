import { describe, expect, it } from 'vitest';
import { createWorkTracker } from './work-tracker.ts';

function recorder() {
  const events: string[] = [];
  return { events, signal: { busy: () => events.push('busy'), ready: () => events.push('ready'), error: () => events.push('error') } };
}

/** A promise and the function that settles it. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('work tracker', () => {
  it('when pieces of work overlap, then ready is signalled once, after the last one ends', async () => {
    const { events, signal } = recorder();
    const work = createWorkTracker(signal);
    const first = gate();
    const second = gate();

    const a = work.track(() => first.opened);
    const b = work.track(() => second.opened);
    first.open();
    await a;
    expect(events).toEqual(['busy', 'busy']);
    second.open();
    await b;

    expect(events).toEqual(['busy', 'busy', 'ready']);
  });

  it('when a fault was reported during the work, then the signal ends in error; a fresh attempt clears it', async () => {
    const { events, signal } = recorder();
    const work = createWorkTracker(signal);

    await work.track(() => Promise.resolve(work.fault()));
    await work.track(() => Promise.resolve(work.begin()));

    expect(events).toEqual(['busy', 'error', 'busy', 'ready']);
  });

  it('when the work throws, then it still ends and the error reaches the caller', async () => {
    const { events, signal } = recorder();
    const work = createWorkTracker(signal);

    await expect(work.track(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');

    expect(events).toEqual(['busy', 'ready']);
  });
});
