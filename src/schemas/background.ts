import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { idRefSchema, idSchema, missing } from './ids';
import { skillLevelSchema } from './role';

/**
 * A common starting point that is not a role of the guide (a backend engineer, a data analyst, a
 * student…), described by what people with that background usually have, so a roadmap can mark
 * what such a reader likely knows already. The guide's own judgement. Lives in `content/data/backgrounds.yaml`.
 */
export const backgroundSchema = strictObject({
	/** Unique id; it appears in roadmap URLs (`?from=<id>`). */
	id: idSchema,
	/** The background as a reader names it. @example "Backend or software engineer" */
	name: z.string({ error: missing('the background as a reader names it') }).min(1),
	/** One sentence on who this is. */
	description: z
		.string({ error: missing('one sentence on who this is') })
		.min(10)
		.max(200),
	/** What people with this background usually have, with the level. */
	has: z
		.array(strictObject({ id: idRefSchema('skill', 'tool', 'group'), level: skillLevelSchema }), {
			error: missing('the skills and tools people with this background usually have'),
		})
		.min(1),
});

/** A background as code receives it. */
export type Background = z.output<typeof backgroundSchema>;
