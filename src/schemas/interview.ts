import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { httpsUrlSchema, idRefSchema, idSchema, missing } from './ids';

/** The kinds of interview stage, each with how the page names it in general. */
export const interviewStages = {
	'recruiter-screen': 'Recruiter screen',
	coding: 'Coding',
	'ml-fundamentals': 'ML fundamentals',
	'llm-fundamentals': 'LLM fundamentals',
	'system-design': 'System design',
	'take-home': 'Take-home assignment',
	behavioural: 'Behavioural',
	'product-sense': 'Product sense',
	'sql-data-modelling': 'SQL and data modelling',
	infrastructure: 'Infrastructure and incidents',
	'research-discussion': 'Research discussion',
} as const;

/** A sentence or two: the guide's text fields are written for readers, never empty. */
const prose = (what: string) => z.string({ error: missing(what) }).min(10);

/** One stage of the interview loop. */
const loopStageSchema = strictObject({
	/** The kind of stage. */
	stage: z.enum(
		Object.keys(interviewStages) as [
			keyof typeof interviewStages,
			...(keyof typeof interviewStages)[],
		],
	),
	/** The stage as candidates for this role meet it. @example "ML system design" */
	name: z
		.string({ error: missing('the stage as candidates meet it, e.g. "name: ML system design"') })
		.min(1),
	/** What the stage tests, in one or two sentences. */
	tests: prose('what the stage tests, in one or two sentences'),
	/** How to prepare, concretely. */
	prepare: prose('how to prepare for the stage, concretely'),
	/** The skills it tests (skill, tool or group ids). */
	skills: z
		.array(idRefSchema('skill', 'tool', 'group'))
		.min(1, { error: 'must name at least one skill the stage tests' }),
});

/** A practice question, tied to the skills it tests. */
const questionSchema = strictObject({
	/** Unique across every role's questions; it is also the question's anchor on the page. */
	id: idSchema,
	/** The question as an interviewer would ask it, in the guide's own words. */
	question: prose("the question, in the guide's own words"),
	/** The skills it tests (at least one skill, tool or group id). */
	skills: z
		.array(idRefSchema('skill', 'tool', 'group'), {
			error: missing('the ids of the skills the question tests'),
		})
		.min(1, {
			error: 'must name at least one skill the question tests, so its skill pages can list it',
		}),
	/** `easy`, `medium` or `hard`. */
	difficulty: z.enum(['easy', 'medium', 'hard']),
	/** What a strong answer covers, in a few sentences: the points an interviewer listens for. */
	strongAnswer: prose('what a strong answer covers, in a few sentences'),
});

/**
 * Getting hired as a role: the interview loop, practice questions and further reading (what each
 * level is expected to do belongs to the role's ladder). One file a role, `content/data/interviews/<role id>.yaml`.
 */
export const interviewSchema = strictObject({
	/** The stages candidates usually meet, in order. */
	loop: z.array(loopStageSchema).min(3),
	/** Practice questions; a core role has at least twelve. */
	questions: z.array(questionSchema).min(1),
	/** Books and guides that go deeper (https links). */
	further: z
		.array(
			strictObject({ title: z.string().min(1), provider: z.string().min(1), url: httpsUrlSchema }),
		)
		.default([]),
});

/** A role's interview data as code receives it. */
export type Interview = z.output<typeof interviewSchema>;
/** A practice question. */
export type Question = Interview['questions'][number];
