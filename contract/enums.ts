// The enumerations of the graph contract, as zod enums: each list, its schema and its type.
import { z } from 'zod';

/** What a claim states about its pair: alliance (+), tension (−), or a neutral fact. */
export const POLARITIES = ['alliance', 'tension', 'neutral'] as const;
export const Polarity = z.enum(POLARITIES);
export type Polarity = z.infer<typeof Polarity>;

/** The kind label every :Entity carries besides :Entity. */
export const ENTITY_KINDS = ['Country', 'Person', 'Organization', 'Group', 'Initiative'] as const;
export const EntityKind = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKind>;
