import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { httpsUrlSchema, idRefSchema, idSchema, missing } from './ids';

/**
 * A portfolio project brief: what to build to show a reviewer you can do a role's work, with data a
 * learner can really get. Lives in `content/data/projects.yaml`.
 */
export const projectSchema = strictObject({
	/** Unique id; also its anchor on the pages that list it. */
	id: idSchema,
	/** The project in a few words. */
	title: z.string({ error: missing('the project in a few words') }).min(1),
	/** The roles it demonstrates, the main one first. */
	roles: z
		.array(idRefSchema('role'), {
			error: missing('the ids of the roles it demonstrates, e.g. "roles: [ml-engineer]"'),
		})
		.min(1),
	/** What to build, in one or two sentences. */
	goal: z.string().min(10),
	/** Data a learner can really get, named precisely with its publisher. */
	data: z.string().min(10),
	/** Where the data is (https), where it has one address. */
	dataUrl: httpsUrlSchema.optional(),
	/** The skills and tools it uses (ids). */
	stack: z.array(idRefSchema('skill', 'tool')).min(1),
	/** What to show a reviewer. */
	show: z.array(z.string().min(1)).min(2),
	/** Stretch goals. */
	stretch: z.array(z.string().min(1)).default([]),
	/** What a junior version looks like and what a senior one adds. */
	juniorVsSenior: z.string().min(10),
});

/** A project brief as code receives it. */
export type Project = z.output<typeof projectSchema>;
