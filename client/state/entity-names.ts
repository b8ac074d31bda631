// Entity names by id, learnt from every response that carries them, so speakers and path steps
// outside the current view can still be named (unknown ones are fetched once).
import type { ApiClient } from '../api/api-client.ts';

export interface NameBook {
  remember(entries: readonly { id: string; name: string }[]): void;
  /** The name, or the id itself while it is unknown. */
  name: (id: string) => string;
  /** Fetches the names not known yet; failures leave the id showing. */
  resolve(ids: readonly string[]): Promise<void>;
}

export function createNameBook(api: Pick<ApiClient, 'entity'>): NameBook {
  const names = new Map<string, string>();
  const missing = new Set<string>();
  return {
    remember(entries) {
      for (const { id, name } of entries) names.set(id, name);
    },
    name: (id) => names.get(id) ?? id,
    async resolve(ids) {
      const unknown = [...new Set(ids)].filter((id) => !names.has(id) && !missing.has(id));
      await Promise.all(
        unknown.map((id) =>
          api.entity(id).then(
            (detail) => void names.set(id, detail.entity.name),
            () => void missing.add(id),
          ),
        ),
      );
    },
  };
}
