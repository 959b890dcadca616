import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { idRefSchema, idSchema, missing, partialDateSchema } from './ids';

/**
 * Where a pay figure comes from: `official` statistics for an occupation that stands in for the
 * roles, or a `survey` (or posting analysis) that asks people in the role itself.
 */
export const payKinds = {
	official: 'Official statistics',
	survey: 'Survey of people in the role',
} as const;

/**
 * A pay figure and the roles it is shown on: official statistics for an occupation that stands in
 * for the roles (official statistics have no "ML engineer", so the entry names the occupation
 * measured and says why it stands in), or a survey that reports pay for the role itself. Figures are
 * copied from the source page as written, never rounded or converted. Lives in `content/data/pay.yaml`.
 */
export const paySchema = strictObject({
	/** Unique id. @example "bls-data-scientists" */
	id: idSchema,
	/** `official` (an occupation in an official classification) or `survey` (people in the role asked directly). */
	kind: z.enum(Object.keys(payKinds) as [keyof typeof payKinds, ...(keyof typeof payKinds)[]], {
		error: missing('"kind: official" or "kind: survey"'),
	}),
	/** The roles it is shown on (at least one). */
	roles: z
		.array(idRefSchema('role'), {
			error: missing(
				'the ids of the roles this figure is shown on, e.g. "roles: [data-scientist]"',
			),
		})
		.min(1),
	/** The occupation or survey category as the source names it, without its code. @example "Data scientists" */
	occupation: z
		.string({
			error: missing('the occupation as the source names it, e.g. "occupation: Data scientists"'),
		})
		.min(1)
		.refine((text) => !/\b(SOC|NOC)\s*\d/.test(text), {
			error:
				'names a classification code; put the code in "code" only, so pages do not print it twice',
		}),
	/** The occupation's code in an official classification (official figures only). @example "SOC 15-2051" */
	code: z.string().min(1).optional(),
	/** Who answered, for a survey: how many people and where. @example "80 respondents" */
	sample: z.string().min(1).optional(),
	/**
	 * Why this occupation stands in for the roles, in one sentence; for a role the occupation names
	 * directly, say so. @example "BLS has no ML engineer occupation; ML engineers are counted among software developers."
	 */
	mapping: z
		.string({ error: missing('one sentence on why this occupation stands in for the roles') })
		.min(10),
	/** The median exactly as the source gives it, currency included (US dollars are written "$", others with their code, e.g. "CA$"). @example "$112,590" */
	median: z
		.string({ error: missing('the median wage as the source writes it, e.g. "median: $112,590"') })
		.min(1),
	/** Whether the wages are per year (the default) or per hour, as the source gives them. */
	per: z.enum(['year', 'hour']).default('year'),
	/** The lowest-10% and highest-10% wages, where the source gives them. */
	range: strictObject({ low: z.string().min(1), high: z.string().min(1) }).optional(),
	/** The place the figures are for. @example "United States" */
	place: z
		.string({ error: missing('the place the figures are for, e.g. "place: United States"') })
		.min(1),
	/** The date of the wage data. @example "2024-05" */
	asOf: partialDateSchema,
	/** Projected employment change, as the source words it, where it gives one. @example "34% growth from 2024 to 2034, much faster than average" */
	outlook: z.string().min(1).optional(),
	/** The id of the source, which must be published so the reader can open the exact page. */
	source: idRefSchema('source'),
}).superRefine((pay, ctx) => {
	if (pay.kind === 'official' && pay.code === undefined)
		ctx.addIssue({
			code: 'custom',
			path: ['code'],
			input: undefined,
			message: 'is missing: an official figure names its occupation code, e.g. "code: SOC 15-2051"',
		});
	if (pay.kind === 'survey' && pay.sample === undefined)
		ctx.addIssue({
			code: 'custom',
			path: ['sample'],
			input: undefined,
			message: 'is missing: a survey figure says who answered, e.g. "sample: 80 respondents"',
		});
});

/** A pay figure as code receives it. */
export type Pay = z.output<typeof paySchema>;
