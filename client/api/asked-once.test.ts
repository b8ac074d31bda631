import { describe, expect, it } from 'vitest';
import { askedOnce } from './asked-once.ts';

describe('asked once', () => {
  it('when asked twice, then the API is asked once and both get its answer', async () => {
    let asks = 0;
    const list = askedOnce(async () => [++asks]);

    expect(await Promise.all([list(), list()])).toEqual([[1], [1]]);
    expect(asks).toBe(1);
  });

  it('when the ask fails, then the error reaches the caller and the next call asks again', async () => {
    let asks = 0;
    const list = askedOnce(async () => {
      asks += 1;
      if (asks === 1) throw new Error('down');
      return 'up';
    });

    await expect(list()).rejects.toThrow('down');
    expect(await list()).toBe('up');
    expect(asks).toBe(2);
  });
});
