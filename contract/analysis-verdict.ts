// How a pair reads, in one word (the rule: contract/net-alignment.ts).
import { z } from 'zod';

export const Verdict = z.enum(['aligned', 'opposed', 'divided', 'neutral']);
export type Verdict = z.infer<typeof Verdict>;
