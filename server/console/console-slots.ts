// A bound on the Neo4j CPU console queries can hold at once: a few slots overall and fewer per
// client; beyond them, 429 busy with Retry-After. A slot is held until Neo4j has really let go of
// its query: a query stopped at its timeout may keep a core busy for a while (Neo4j checks for
// termination only between steps of its work), and its slot stays taken until it is gone, so
// runaway work cannot pile up and starve the other routes.
import type { Request } from 'express';
import { AppError } from '../http/app-error.ts';

export interface SlotLimits {
  /** Console queries running at once, over all clients. */
  overall: number;
  /** Console queries running at once for one client (its address). */
  perClient: number;
  /** Seconds a refused client is told to wait (Retry-After). */
  retryAfterS: number;
}

/** One query's claim on the console; `release` is idempotent, and waits for any `holdUntil`. */
export interface Slot {
  /** Keeps the slot taken until `work` settles (a stopped query Neo4j has not let go of yet). */
  holdUntil(work: Promise<unknown>): void;
  release(): void;
}

/** Who a client is, for its share of the slots: its address (the server is not behind a proxy). */
export const clientOf = (req: Request): string => req.socket.remoteAddress ?? 'unknown';

export class ConsoleSlots {
  private total = 0;
  private readonly byClient = new Map<string, number>();

  constructor(readonly limits: SlotLimits) {}

  /** A slot for `client`, or 429 busy when the client or the server has none left. */
  acquire(client: string): Slot {
    const mine = this.byClient.get(client) ?? 0;
    if (mine >= this.limits.perClient) throw this.busy(`you already have ${mine} console queries running`);
    if (this.total >= this.limits.overall) throw this.busy(`${this.total} console queries are running`);
    this.total += 1;
    this.byClient.set(client, mine + 1);
    return this.slotFor(client);
  }

  /** Queries holding a slot now (running, or stopped but not yet let go by Neo4j). */
  get running(): number {
    return this.total;
  }

  private slotFor(client: string): Slot {
    let hold: Promise<unknown> = Promise.resolve();
    let released = false;
    const free = () => {
      this.total -= 1;
      const left = (this.byClient.get(client) ?? 1) - 1;
      if (left > 0) this.byClient.set(client, left);
      else this.byClient.delete(client);
    };
    return {
      holdUntil: (work) => {
        hold = Promise.allSettled([hold, work]);
      },
      release: () => {
        if (released) return;
        released = true;
        void hold.finally(free);
      },
    };
  }

  private busy(why: string): AppError {
    return new AppError(429, 'busy', `The console is busy (${why}); try again shortly`, {
      headers: { 'Retry-After': String(this.limits.retryAfterS) },
    });
  }
}
