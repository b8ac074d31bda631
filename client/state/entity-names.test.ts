import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-client.ts';
import type { EntityDetail } from '../../contract/index.ts';
import { createNameBook } from './entity-names.ts';

describe('entity names', () => {
  it('when names are learnt or fetched, then they are known; unknown ids fall back to the id, fetched once', async () => {
    const asked: string[] = [];
    const book = createNameBook({
      entity: (id: string) => {
        asked.push(id);
        if (id === 'ghost') return Promise.reject(new ApiError(404, 'not_found', 'no'));
        return Promise.resolve({ entity: { id, name: 'Shah Mahmood Qureshi' } } as EntityDetail);
      },
    });
    book.remember([{ id: 'russia', name: 'Russia' }]);

    await book.resolve(['russia', 'shah-mahmood-qureshi', 'ghost']);
    await book.resolve(['ghost', 'shah-mahmood-qureshi']);

    expect([book.name('russia'), book.name('shah-mahmood-qureshi'), book.name('ghost')]).toEqual([
      'Russia',
      'Shah Mahmood Qureshi',
      'ghost',
    ]);
    expect(asked).toEqual(['shah-mahmood-qureshi', 'ghost']);
  });
});
