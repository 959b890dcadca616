import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { idRefSchema, idSchema, missing, partialDateSchema } from './ids';

/**
 * A pay and outlook figure for an official occupation, and the roles it stands in for. Official
 * statistics have no "ML engineer", so each entry names the occupation that was measured and says why
 * it stands in for the role. Figures are copied from the source page as written, never rounded.
 * Lives in `content/data/pay.yaml`.
 */
export const paySchema = strictObject({
	/** Unique id. @example "bls-data-scientists" */
	id: idSchema,
	/** The roles it is shown on (at least one). */
	roles: z.array(idRefSchema('role'), { error: missing('the ids of the roles this figure is shown on, e.g. "roles: [data-scientist]"') }).min(1),
	/** The occupation as the source names it. @example "Data scientists" */
	occupation: z.string({ error: missing('the occupation as the source names it, e.g. "occupation: Data scientists"') }).min(1),
	/** The occupation's code in the source's classification. @example "SOC 15-2051" */
	code: z.string({ error: missing('the occupation code, e.g. "code: SOC 15-2051"') }).min(1),
	/**
	 * Why this occupation stands in for the roles, in one sentence; for a role the occupation names
	 * directly, say so. @example "BLS has no ML engineer occupation; ML engineers are counted among software developers."
	 */
	mapping: z.string({ error: missing('one sentence on why this occupation stands in for the roles') }).min(10),
	/** The median wage exactly as the source gives it, currency included. @example "$112,590" */
	median: z.string({ error: missing('the median wage as the source writes it, e.g. "median: $112,590"') }).min(1),
	/** Whether the wages are per year (the default) or per hour, as the source gives them. */
	per: z.enum(['year', 'hour']).default('year'),
	/** The lowest-10% and highest-10% wages, where the source gives them. */
	range: strictObject({ low: z.string().min(1), high: z.string().min(1) }).optional(),
	/** The place the figures are for. @example "United States" */
	place: z.string({ error: missing('the place the figures are for, e.g. "place: United States"') }).min(1),
	/** The date of the wage data. @example "2024-05" */
	asOf: partialDateSchema,
	/** Projected employment change, as the source words it, where it gives one. @example "34% growth from 2024 to 2034, much faster than average" */
	outlook: z.string().min(1).optional(),
	/** The id of the source, which must be published so the reader can open the exact page. */
	source: idRefSchema('source'),
});

/** A pay figure as code receives it. */
export type Pay = z.output<typeof paySchema>;
