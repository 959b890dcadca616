import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { idRefSchema, idSchema } from './ids';

/**
 * The headings the self-assessment groups its statements under, in the order the page shows them.
 * Kept in code, like skill categories, because the page's fieldsets depend on the set being fixed.
 */
export const statementGroups = {
	background: 'Where you are coming from',
	enjoy: 'What you enjoy',
	want: 'What you want from the job',
} as const;

/** The id of a statement group, e.g. `"enjoy"`. */
export type StatementGroup = keyof typeof statementGroups;

/** How strongly a statement points to a role, as the page words it. */
export const weightLabels = {
	1: 'weak',
	2: 'moderate',
	3: 'strong',
} as const;

/**
 * How strongly one statement points to one role: 3 when the role's record (its "fits you if" or
 * background) or the source's self-assessment says so directly, 2 for a clear secondary fit, 1 for a
 * neighbouring role the data supports.
 * @example { role: "mlops-engineer", weight: 3 }
 */
export const statementWeightSchema = strictObject({
	/** The id of the role the statement points to (a file name in `content/data/roles/`). */
	role: idRefSchema('role'),
	/** How strongly, from 1 (weak) to 3 (strong). */
	weight: z.int().min(1).max(3),
});

/**
 * One statement of the "Find your path" self-assessment: something a reader may tick because it fits
 * them, and the roles it points to. Lives in `content/data/statements.yaml`.
 * @example { id: "devops-sre-background", group: "background", text: "I come from DevOps or site reliability engineering", weights: [{ role: "mlops-engineer", weight: 3 }], source: "ai-roles-explained" }
 */
export const statementSchema = strictObject({
	/** Unique id; it appears in shared result URLs (`?s=<id>,<id>`), so keep it once published. */
	id: idSchema,
	/** The heading it is listed under: `background`, `enjoy` or `want`. */
	group: z.enum(Object.keys(statementGroups) as [StatementGroup, ...StatementGroup[]]),
	/** The statement in the reader's own voice, starting with "I" (8 to 120 characters). @example "I enjoy statistical analysis" */
	text: z.string().min(8).max(120).regex(/^I\b/, {
		error:
			'must be written in the first person, starting with "I", e.g. "I enjoy statistical analysis"',
	}),
	/** The roles it points to, each once, strongest first by convention. Left out when `start` is given. */
	weights: z.array(statementWeightSchema).default([]),
	/**
	 * For a statement about where the reader comes from: the starting point it names (a background id
	 * from `content/data/backgrounds.yaml`, or a core role's id). Its weights are then not written but
	 * computed from what that starting point has, as the skill gap ranks the roles for it, so the
	 * self-assessment and the skill gap never disagree about where such a reader stands.
	 */
	start: idRefSchema('background', 'role').optional(),
	/** The id of the source the statement is drawn from, when a source says it in so many words. */
	source: idRefSchema('source').optional(),
}).superRefine((statement, ctx) => {
	if (statement.start !== undefined && statement.weights.length > 0)
		ctx.addIssue({
			code: 'custom',
			path: ['weights'],
			input: statement.weights,
			message: `are computed from the starting point "${statement.start}": remove them, or remove "start" to weigh the roles by hand.`,
		});
	if (statement.start === undefined && statement.weights.length === 0)
		ctx.addIssue({
			code: 'custom',
			path: ['weights'],
			input: statement.weights,
			message:
				'is missing: add the roles the statement points to, e.g. "weights: [{ role: ml-engineer, weight: 3 }]", or a "start" whose closest roles it points to',
		});
});

/** How a statement with a `start` weighs the roles closest to it, closest first. */
export const startWeights = [3, 2, 1] as const;

/** A statement as an author writes it in YAML. */
export type StatementInput = z.input<typeof statementSchema>;
/** A statement as code receives it. */
export type Statement = z.output<typeof statementSchema>;
