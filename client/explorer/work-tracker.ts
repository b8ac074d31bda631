// Work in progress and the ready signal: the signal turns busy when work starts and, when the
// last piece of work ends, ready, or error when a fault was reported since the work began.
import type { ReadySignal } from '../ui/ready-signal.ts';

export interface WorkTracker {
  /** Runs `work` counted as in progress. */
  track(work: () => Promise<void>): Promise<void>;
  /** A fresh attempt starts: faults reported before it no longer count. */
  begin(): void;
  /** A fault was shown: the signal ends in error. */
  fault(): void;
}

export function createWorkTracker(signal: ReadySignal): WorkTracker {
  let pending = 0;
  let failed = false;
  return {
    async track(work) {
      pending += 1;
      signal.busy();
      try {
        await work();
      } finally {
        pending -= 1;
        if (pending === 0) {
          if (failed) signal.error();
          else signal.ready();
        }
      }
    },
    begin: () => void (failed = false),
    fault: () => void (failed = true),
  };
}
