import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { idRefSchema, idSchema, partialDateSchema } from './ids';

/**
 * A market or demand figure, shown with its source wherever it appears: on the pages of the roles it
 * concerns and in the market lesson. Lives in `content/data/figures.yaml`.
 * @example { id: "wef-ai-data-growth", label: "Projected growth in demand for AI and data roles by 2030", value: "more than 30%", source: "wef-future-of-jobs-2024", group: "Demand" }
 */
export const figureSchema = strictObject({
	/** Unique id. */
	id: idSchema,
	/** What is measured, as a reader would say it. */
	label: z.string().min(1),
	/** The figure exactly as its source gives it, unit included; never rounded into something the source did not say. */
	value: z.string().min(1),
	/** The id of the source in `content/data/sources.yaml`. */
	source: idRefSchema('source'),
	/** The date the figure refers to, when it differs from the source's date. */
	asOf: partialDateSchema.optional(),
	/** The heading it is grouped under in the market lesson. @example "Languages in AI engineer postings" */
	group: z.string().min(1),
	/** Ids of the roles the figure concerns (shown on their pages); empty for the job market as a whole. */
	roles: z.array(idRefSchema('role')).default([]),
});

/** A figure as code receives it. */
export type Figure = z.output<typeof figureSchema>;
