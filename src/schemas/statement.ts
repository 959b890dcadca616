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
	text: z.string().min(8).max(120).regex(/^I\b/, { error: 'must be written in the first person, starting with "I", e.g. "I enjoy statistical analysis"' }),
	/** The roles it points to, each once, strongest first by convention (at least one). */
	weights: z.array(statementWeightSchema).min(1),
	/** The id of the source the statement is drawn from, when a source says it in so many words. */
	source: idRefSchema('source').optional(),
});

/** A statement as an author writes it in YAML. */
export type StatementInput = z.input<typeof statementSchema>;
/** A statement as code receives it. */
export type Statement = z.output<typeof statementSchema>;
