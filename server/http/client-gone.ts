// A request whose client went away need not be finished: long queries listen for it.
import type { Response } from 'express';

/** Aborts when the client goes away before its answer is sent, so its query is stopped. */
export function clientGone(res: Response): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}
