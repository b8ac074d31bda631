import { describe, expect, it } from 'vitest';
import { askedOnce } from './asked-once.ts';

describe('asked once', () => {
  it('when asked twice, then the API is asked once and both get its answer', async () => {
    let asks = 0;
    const list = askedOnce(() => Promise.resolve([++asks]));

    expect(await Promise.all([list(), list()])).toEqual([[1], [1]]);
    expect(asks).toBe(1);
  });

  it('when the ask fails, then the error reaches the caller and the next call asks again', async () => {
    let asks = 0;
    const list = askedOnce(() => {
      asks += 1;
      return asks === 1 ? Promise.reject(new Error('down')) : Promise.resolve('up');
    });

    await expect(list()).rejects.toThrow('down');
    expect(await list()).toBe('up');
    expect(asks).toBe(2);
  });
});
