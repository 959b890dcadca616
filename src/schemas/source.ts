import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { httpsUrlSchema, idSchema, partialDateSchema } from './ids';

/**
 * A document the guide's facts come from. Every figure on the site points to one of these,
 * and the page shows its title, publisher, date and link next to the figure.
 * Lives in `content/data/sources.yaml`.
 */
export const sourceSchema = strictObject({
	/** Unique id that figures and records point to. @example "bls-data-scientists-2024" */
	id: idSchema,
	/** The document's title as published. */
	title: z.string().min(1),
	/** Who published or wrote it. @example "US Bureau of Labor Statistics" */
	publisher: z.string().min(1),
	/** Where a reader can check it (https only); left out only for material that has no public address. */
	url: httpsUrlSchema.optional(),
	/** When it was published or last checked: YYYY, YYYY-MM or YYYY-MM-DD. */
	date: partialDateSchema,
	/** What the guide takes from it, or a caveat a reader should know. */
	note: z.string().min(1).optional(),
});

/** A source as code receives it. */
export type Source = z.output<typeof sourceSchema>;
