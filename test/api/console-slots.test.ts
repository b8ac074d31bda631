// The bound on console work at once, alone: per client, overall, and slots held while a stopped
// query lingers in Neo4j.
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../server/http/app-error.ts';
import { ConsoleSlots } from '../../server/console/console-slots.ts';

const refusal = (act: () => unknown): AppError | null => {
  try {
    act();
    return null;
  } catch (error) {
    return error as AppError;
  }
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('console slots', () => {
  it('when a client has used its share, then it is refused 429 busy with Retry-After while another client is not', () => {
    const slots = new ConsoleSlots({ overall: 3, perClient: 2, retryAfterS: 5 });
    slots.acquire('a');
    slots.acquire('a');

    const refused = refusal(() => slots.acquire('a'));

    expect(refused).toMatchObject({ status: 429, code: 'busy', headers: { 'Retry-After': '5' } });
    expect(refusal(() => slots.acquire('b'))).toBeNull();
  });

  it('when every slot is taken, then any client is refused until one is released', async () => {
    const slots = new ConsoleSlots({ overall: 2, perClient: 2, retryAfterS: 1 });
    const first = slots.acquire('a');
    slots.acquire('b');

    expect(refusal(() => slots.acquire('c'))).toMatchObject({ status: 429 });
    first.release();
    first.release(); // idempotent
    await settle();

    expect(slots.running).toBe(1);
    expect(refusal(() => slots.acquire('c'))).toBeNull();
  });

  it('when a released slot is held by lingering work, then it is free only once that work settles', async () => {
    const slots = new ConsoleSlots({ overall: 1, perClient: 1, retryAfterS: 1 });
    const slot = slots.acquire('a');
    let finish = () => {};
    slot.holdUntil(new Promise<void>((resolve) => (finish = resolve)));

    slot.release();
    await settle();
    expect(refusal(() => slots.acquire('a'))).toMatchObject({ status: 429 });

    finish();
    await settle();
    expect(slots.running).toBe(0);
  });
});
