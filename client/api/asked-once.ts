// Data the page asks the API for once and keeps (the article list, the vocabulary): a failed ask
// is forgotten, so the next caller asks again rather than inheriting the error for good.
export function askedOnce<T>(ask: () => Promise<T>): () => Promise<T> {
  let answer: Promise<T> | undefined;
  return () =>
    (answer ??= ask().catch((error: unknown) => {
      answer = undefined;
      throw error;
    }));
}
