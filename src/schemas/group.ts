import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { idRefSchema, idSchema, missing } from './ids';

/**
 * A group of alternatives: skills or tools of which a role needs any one (one cloud platform: AWS,
 * Google Cloud or Azure). A role requires the group by its id; whoever has a member satisfies it,
 * and pages show the group once instead of every member. Lives in `content/data/groups.yaml`.
 */
export const groupSchema = strictObject({
	/** Unique id, used by roles in place of a skill or tool id. @example "cloud-platform" */
	id: idSchema,
	/** How the requirement reads in a list, before its members. @example "One cloud platform" */
	name: z
		.string({
			error: missing('how the requirement reads in a list, e.g. "name: One cloud platform"'),
		})
		.min(1),
	/**
	 * The alternatives, all skills or all tools, in the order pages list them; any one satisfies
	 * the group. At least two, or it is not a choice.
	 */
	members: z
		.array(idRefSchema('skill', 'tool'), {
			error: missing('the ids of the alternatives, e.g. "members: [aws, gcp, azure]"'),
		})
		.min(2, {
			error:
				'must list at least two alternatives: a group of one is that entry itself, so point the roles at the entry instead',
		}),
});

/** A group as an author writes it in YAML. */
export type GroupInput = z.input<typeof groupSchema>;
/** A group as code receives it. */
export type Group = z.output<typeof groupSchema>;
