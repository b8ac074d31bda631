// Outlets: the record kept for each source (data/outlets.yaml, the :Outlet node), so articles can
// be grouped by where they come from.
import { z } from 'zod';
import { Slug } from './fields.ts';

/** ISO 3166-1 alpha-2, upper case: "PK", "IN". */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code (two capital letters)');

export const OutletSchema = z.strictObject({
  id: Slug,
  /** The name the outlet prints for itself. */
  name: z.string().min(1),
  /** Where the outlet is based; null when that is not known for certain. */
  country: CountryCode.nullable(),
  /** Its home page; null when not known for certain. */
  url: z.url({ protocol: /^https?$/ }).nullable(),
});
export type Outlet = z.infer<typeof OutletSchema>;
