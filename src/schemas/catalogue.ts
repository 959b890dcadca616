import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { categoryIdSchema } from './category';
import { httpsUrlSchema, idRefSchema, idSchema, missing } from './ids';

const hourRangeSchema = z
	.tuple([z.int().min(1), z.int().min(1)])
	.refine(([low, high]) => low <= high, {
		error: 'must be [low, high] with low no greater than high, e.g. [10, 20]',
	});

/**
 * What the guide's hour estimates mean, level by level: the basis a reader sees beside every figure
 * built from them. The estimates are the guide's own judgement, not measured.
 */
export const hourBasis = {
	summary:
		"Hours are the guide's own estimates of focused study and practice (courses, reading, building things), for someone new to the topic but not to computers. Each topic counts only its own hours: what it builds on is a topic of its own, with hours of its own, so nothing is counted twice.",
	levels: {
		foundation:
			'Foundation: enough to follow a conversation about it, read code that uses it and know when to reach for it.',
		working:
			'Working: enough to use it day to day on real work without help, usually after a project or two.',
		deep: 'Deep: enough to be the person others ask, to choose between approaches and to fix what breaks; most people get here on the job.',
	},
} as const;

/** Hours to reach each level, cumulative: deeper levels take at least as long. */
const hoursSchema = strictObject(
	{
		/** Hours to understand the basics and know when to use it. */
		foundation: hourRangeSchema,
		/** Hours to use it day to day without help. */
		working: hourRangeSchema,
		/** Hours to become the expert others ask. */
		deep: hourRangeSchema,
	},
	{
		error: missing(
			'the guide\'s estimate of hours to each level, e.g. "hours: { foundation: [10, 20], working: [40, 80], deep: [150, 300] }"',
		),
	},
).refine(
	(h) =>
		h.foundation[0] <= h.working[0] &&
		h.working[0] <= h.deep[0] &&
		h.foundation[1] <= h.working[1] &&
		h.working[1] <= h.deep[1],
	{
		error: 'must grow from foundation to working to deep: each level includes the ones below it',
	},
);

/**
 * A concept inside a broad topic: something a learner can tick on the way through it, so a roadmap
 * shows what "ML fundamentals" holds and how far through it they are.
 * @example { id: cross-validation, name: "Train, validation and test splits, and cross-validation", resource: sklearn-model-selection }
 */
export const conceptSchema = strictObject({
	/** Unique within its entry; with the entry's id it names the concept's tick (`ml-fundamentals--cross-validation`). */
	id: idSchema,
	/** The concept in a few words (3 to 80 characters). */
	name: z.string().min(3).max(80),
	/** A resource that teaches this concept in particular, where one fits (`content/data/resources.yaml`). */
	resource: idRefSchema('resource').optional(),
});

/** A concept as code receives it. */
export type Concept = z.output<typeof conceptSchema>;

/** The most hours to working level a topic may take without listing its concepts: past this it is broad. */
export const broadTopicHours = 80;

/** Fields shared by skills and tools: both are entries in the catalogue that roles point to. */
const catalogueEntryFields = {
	/** Unique id, also the URL slug: `/skills/<id>/` or `/tools/<id>/`. */
	id: idSchema,
	/** The name as readers know it. @example "Kubernetes" */
	name: z.string({ error: missing('the name readers know it by, e.g. "name: Kubernetes"') }).min(1),
	/** The category it is grouped under on index pages and in search filters. */
	category: categoryIdSchema,
	/** One line saying what it is, in our own words (10 to 200 characters). */
	description: z
		.string({ error: missing('one line (10 to 200 characters) saying what it is') })
		.min(10)
		.max(200),
	/** Other names readers search for; each makes search find this entry. @example ["k8s"] */
	aliases: z.array(z.string().min(1)).default([]),
	/**
	 * What it builds on: ids of skills, tools or groups of alternatives that anyone who has this one
	 * has too (PyTorch implies Python; fine-tuning implies a deep-learning framework). Whoever has
	 * this entry is credited with them, and a roadmap phase may not teach it before them. Implications
	 * must not form a cycle.
	 * @example [python]
	 */
	implies: z.array(idRefSchema('skill', 'tool', 'group')).default([]),
	/**
	 * The guide's own estimate of the hours of focused study and practice it takes someone new to this
	 * topic to reach each level, as a low–high range, not counting what it builds on (each of those
	 * has hours of its own). Each level's range includes the levels below it, so the ranges grow from
	 * foundation to deep. The basis of each level is stated once, in `hourBasis`.
	 * @example { foundation: [10, 20], working: [40, 80], deep: [150, 300] }
	 */
	hours: hoursSchema,
	/** Ids of outside resources for learning it (`content/data/resources.yaml`), the best first; two to four. */
	resources: z
		.array(idRefSchema('resource'))
		.max(4, { error: 'lists more than four resources: keep the best four' })
		.default([]),
	/**
	 * For a broad topic (one that can take more than `broadTopicHours` to reach working level), the
	 * concepts inside it in teaching order, 4 to 12; what it builds on is a topic of its own and is not
	 * repeated here. The guide's judgement.
	 */
	concepts: z
		.array(conceptSchema)
		.max(12, { error: 'lists more than 12 concepts: merge the finest-grained ones' })
		.default([]),
	/** A change a reader should know about, in one sentence: a rename, an acquisition, a retirement. */
	note: z.string().min(10).max(300).optional(),
};

/**
 * A skill: something a person knows or can do (a language, a body of knowledge, a practice).
 * Lives in `content/data/skills.yaml`.
 */
export const skillSchema = strictObject({
	...catalogueEntryFields,
	/** A reference page that explains the skill well, if one exists (https only). */
	url: httpsUrlSchema.optional(),
});

/**
 * A tool: a library, framework, service or platform a role works with.
 * Lives in `content/data/tools.yaml`.
 */
export const toolSchema = strictObject({
	...catalogueEntryFields,
	/** The tool's official site or documentation (https only). */
	url: httpsUrlSchema,
});

/** A skill as an author writes it in YAML. */
export type SkillInput = z.input<typeof skillSchema>;
/** A skill as code receives it. */
export type Skill = z.output<typeof skillSchema>;
/** A tool as an author writes it in YAML. */
export type ToolInput = z.input<typeof toolSchema>;
/** A tool as code receives it. */
export type Tool = z.output<typeof toolSchema>;
