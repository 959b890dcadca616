import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { idRefSchema, idSchema, missing } from './ids';
import { stepSizes } from '~/util/vocabulary';

/**
 * A written summary of how two roles differ, shown at the top of their comparison page above the
 * generated lists. Every pair of core roles has one; other pairs may. Lives in `content/data/pairs.yaml`.
 * @example { id: "ml-engineer-ai-engineer", roles: [ml-engineer, ai-engineer], summary: "…", sources: [grigorev-ai-engineer-vision] }
 */
export const pairSummarySchema = strictObject({
	/** Unique id; any name, by convention the two role ids joined by a hyphen. */
	id: idSchema,
	/** The two roles it compares, in either order. */
	roles: z
		.tuple([idRefSchema('role'), idRefSchema('role')], {
			error: missing('the two role ids it compares, e.g. "roles: [data-scientist, ml-engineer]"'),
		})
		.refine(([a, b]) => a !== b, { error: 'must name two different roles' }),
	/**
	 * Two to four sentences: the real difference, who usually moves which way and why, and the hard
	 * part of the move (60 to 700 characters).
	 */
	summary: z
		.string({
			error: missing(
				'two to four sentences on how the roles differ and what a move between them takes',
			),
		})
		.min(60)
		.max(700),
	/**
	 * Ids of the sources that say what the summary says; empty when the summary is the guide's own
	 * judgement, which the page then marks as such.
	 */
	sources: z.array(idRefSchema('source')).default([]),
	/**
	 * How big the move into each of the two roles is, as the summary describes it (`small`, `medium`
	 * or `large`), keyed by the role moved to. Required for pairs of core roles: the build computes each
	 * step from the guide's requirements and hours and fails if it disagrees, so the generated step on
	 * the page never contradicts the summary above it.
	 * @example { ml-engineer: medium, data-scientist: medium }
	 */
	steps: z
		.record(
			z.string(),
			z.enum(stepSizes, {
				error: (issue) =>
					`must be "small", "medium" or "large", not ${JSON.stringify(issue.input)}`,
			}),
		)
		.default({}),
});

/** A pair summary as code receives it. */
export type PairSummary = z.output<typeof pairSummarySchema>;
