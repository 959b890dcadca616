import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { idRefSchema, missing } from './ids';

/**
 * The rungs a career ladder can have, in order, each on its track: individual contributors climb
 * from junior to principal; managers from manager to director. The order within a track is the
 * order the rungs are climbed.
 */
export const ladderLevels = {
	junior: { track: 'ic', name: 'Junior' },
	mid: { track: 'ic', name: 'Mid-level' },
	senior: { track: 'ic', name: 'Senior' },
	staff: { track: 'ic', name: 'Staff' },
	principal: { track: 'ic', name: 'Principal' },
	manager: { track: 'management', name: 'Manager' },
	director: { track: 'management', name: 'Director' },
} as const;

/** A rung of a career ladder. */
export type LadderLevel = keyof typeof ladderLevels;

/** The two tracks of a ladder, as pages name them. */
export const ladderTracks = { ic: 'Individual contributor', management: 'Management' } as const;

/** A track of a ladder. */
export type LadderTrack = keyof typeof ladderTracks;

/** A sentence or two, never empty. */
const prose = (what: string) => z.string({ error: missing(what) }).min(10);

/** What someone at one rung is expected to do, written for this role. */
export const expectationsSchema = strictObject({
	/** What they own. @example "Owns a problem area end to end, from framing the question to the recommendation." */
	owns: prose('what someone at this level owns'),
	/** How independently they work. */
	works: prose('how independently someone at this level works'),
	/** Whom they influence. */
	influences: prose('whom someone at this level influences'),
	/** What they are judged on. */
	judgedOn: prose('what someone at this level is judged on'),
});

/**
 * One rung of a role's career ladder: its level, the title people hold there, and, for a core role,
 * the experience usually asked for and what the rung is expected to do.
 * @example { level: mid, title: "ML Engineer", experience: "Usually 2 to 5 years of building software, some of it with models in production" }
 */
export const ladderStepSchema = strictObject({
	/** The rung: `junior`, `mid`, `senior`, `staff`, `principal` (individual contributors), `manager` or `director` (management). */
	level: z.enum(Object.keys(ladderLevels) as [LadderLevel, ...LadderLevel[]], {
		error: missing(`the rung, one of ${Object.keys(ladderLevels).join(', ')}`),
	}),
	/** The title people usually hold at this rung. @example "Senior ML Engineer" */
	title: z
		.string({
			error: missing('the title people hold at this rung, e.g. "title: Senior ML Engineer"'),
		})
		.min(1),
	/**
	 * The id of the source that names this rung of this role's ladder; without one, the rung is the
	 * guide's own addition and pages say so.
	 */
	source: idRefSchema('source').optional(),
	/** The experience usually asked for at this rung, in the guide's words for this role (required for a core role). */
	experience: z.string().min(10).optional(),
	/** What the rung is expected to do (required for a core role). */
	expects: expectationsSchema.optional(),
});

/** A rung of a ladder as code receives it. */
export type LadderStep = z.output<typeof ladderStepSchema>;
