import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { type LadderStep, ladderLevels, ladderStepSchema } from './ladder';
import { idRefSchema, missing } from './ids';
import { importances, levels } from '~/util/vocabulary';

/** One of `foundation`, `working` or `deep` (`levelTerms` in src/util/vocabulary.ts says what each means). */
export const skillLevelSchema = z.enum(levels);

/** One of `core`, `common` or `plus` (`importanceTerms` in src/util/vocabulary.ts says what each means). */
export const importanceSchema = z.enum(importances, {
	error: (issue) =>
		issue.input === undefined
			? 'is missing: add "importance: core" (few are hired without it), "common" (many postings ask for it) or "plus" (nice to have)'
			: `must be "core", "common" or "plus", not ${JSON.stringify(issue.input)}`,
});

/**
 * Something a role requires: a skill or tool from the catalogue, or a group of alternatives (any
 * member satisfies it), with how much it matters, the level needed and what the role does with it.
 * @example { id: statistics, importance: core, level: deep, use: "Designs experiments and reads their results" }
 * @example { id: cloud-platform, importance: common, use: "Runs training and serving on one of the big clouds" }
 */
const requirementSchema = (...targets: ['skill' | 'tool', 'group']) =>
	strictObject({
		/** The id of a catalogue entry (`content/data/skills.yaml` or `tools.yaml`) or of a group of alternatives (`content/data/groups.yaml`). */
		id: idRefSchema(...targets),
		/** How much it matters for getting hired: `core`, `common` or `plus`. */
		importance: importanceSchema,
		/** How deeply the role needs it, where that can be said. */
		level: skillLevelSchema.optional(),
		/** What this role does with it, in a short phrase that adds to the entry's name. */
		use: z.string().min(1).optional(),
	});

/** A skill (or a group of alternative skills) a role needs. */
export const roleSkillSchema = requirementSchema('skill', 'group');

/** A tool (or a group of alternative tools, such as "one cloud platform") a role works with. */
export const roleToolSchema = requirementSchema('tool', 'group');

/**
 * How a role's time splits between writing code and research, as two whole percentages that add up to 100.
 * The source says who gave the estimate.
 */
export const codeResearchRatioSchema = strictObject({
	/** Share of the work that is writing code, 0 to 100. */
	code: z.int().min(0).max(100),
	/** Share of the work that is research and exploration, 0 to 100. */
	research: z.int().min(0).max(100),
	/** The id of the source that gives this ratio. */
	source: idRefSchema('source'),
}).superRefine((ratio, ctx) => {
	const sum = ratio.code + ratio.research;
	if (sum !== 100) {
		ctx.addIssue({
			code: 'custom',
			path: ['research'],
			input: ratio,
			message: `code + research must add up to 100, but ${ratio.code} + ${ratio.research} = ${sum}. Change one of them so that they sum to 100 (e.g. code: ${ratio.code}, research: ${Math.max(0, 100 - ratio.code)}).`,
		});
	}
});

/**
 * A typical working day: four to six things the person does, in the order a real day runs, each a
 * short sentence. Meetings, reviews and on-call belong in it as much as the headline tasks.
 */
export const typicalDaySchema = z
	.array(z.string().min(10).max(200), {
		error: missing(
			'the typical day: four to six things the person does, in order, one sentence each',
		),
	})
	.min(4, { error: 'needs at least four things the person does, in the order a real day runs' })
	.max(6, { error: 'has more than six items; keep the four to six a reader would recognise' });

/** Career stages that sources describe requirements for. */
export const careerStages = ['entry', 'mid', 'senior', 'research'] as const;

/** What a source says is expected at one career stage. */
export const stageRequirementSchema = strictObject({
	/** The stage: `entry`, `mid`, `senior` or `research`. */
	stage: z.enum(careerStages),
	/** Experience expected at this stage. @example "2-5 years, with a record of models in production" */
	experience: z.string().min(1),
	/** Education expected at this stage, where the source gives it. */
	education: z.string().min(1).optional(),
	/** The id of the source that says so. */
	source: idRefSchema('source'),
	/**
	 * Whom the source says this of: `ml-roles-in-general` when it describes ML roles as a whole (the
	 * page then says so instead of presenting it as this role's own), `this-role` when it is about
	 * this role. Defaults to `this-role`.
	 */
	scope: z.enum(['this-role', 'ml-roles-in-general']).default('this-role'),
});

/**
 * One phase of a role's roadmap: a stage of learning people recognise, with the topics taught in it
 * in teaching order. Which phase a topic belongs to is the guide's judgement; the build checks it
 * against what each topic builds on.
 * @example { name: "Retrieval", goal: "Builds a RAG pipeline and measures whether it finds the right passages.", topics: [embeddings-vector-search, vector-database, rag] }
 */
export const roadmapPhaseSchema = strictObject({
	/** The phase's name, as a practitioner would call it (3 to 60 characters). @example "Retrieval" */
	name: z.string().min(3).max(60),
	/** What a learner can do at the end of the phase, in one sentence (10 to 200 characters). */
	goal: z.string().min(10).max(200),
	/** The role's requirements taught in this phase (skill, tool or group ids), in teaching order. */
	topics: z.array(idRefSchema('skill', 'tool', 'group')).min(1),
});

/** How many phases a core role's roadmap has, before the optional last one. */
export const corePhaseCount = { min: 4, max: 7 } as const;

/** Kinds of employer that sources say hire a role most. */
export const employerKinds = {
	startups: 'Startups',
	'mid-size-tech': 'Mid-size tech companies',
	enterprises: 'Enterprises',
} as const;

/**
 * What the source says of consultancies: they hire every role, depending on the client, so no
 * role lists them among its main employers.
 */
export const consultanciesHireEveryRole =
	'Consultancies hire every one of these roles, depending on what their clients need.';

/** How a source sees the job market for a role. */
export const marketSchema = strictObject({
	/** `hot`: demand outruns supply; `competitive`: many candidates for the openings. */
	outlook: z.enum(['hot', 'competitive']),
	/** Why, in one sentence. */
	reason: z.string().min(1),
	/** Kinds of employer that hire this role most. */
	hiredBy: z
		.array(
			z.enum(
				Object.keys(employerKinds) as [
					keyof typeof employerKinds,
					...(keyof typeof employerKinds)[],
				],
			),
		)
		.default([]),
	/** The id of the source of this view. */
	source: idRefSchema('source'),
});

/** Parts of a role record that can be the guide's own judgement rather than a source's. */
export const editorialFields = [
	'focus',
	'background',
	'responsibilities',
	'typicalDay',
	'skills',
	'tools',
	'projects',
	'entryRoutes',
	'fitsYouIf',
] as const;

/** A phase of a role's roadmap as code receives it. */
export type RoadmapPhase = z.output<typeof roadmapPhaseSchema>;

/**
 * A role: one job family the guide describes, stored as `content/data/roles/<id>.yaml`, where the
 * file name is the id and the URL (`/roles/<id>/`). Each role also has a lesson at `content/roles/<id>.mdx`.
 */
export const roleSchema = strictObject({
	/** The role's name as a job title. @example "ML Engineer" */
	name: z
		.string({ error: missing('the role\'s name as a job title, e.g. "name: ML Engineer"') })
		.min(1),
	/** Position in role lists and tables, lowest first; unique across roles. */
	order: z.int({ error: missing('its position in role lists, e.g. "order: 7"') }).min(1),
	/** `core`: one of the six roles the guide covers in full; `related`: a neighbouring role covered more briefly. */
	tier: z.enum(['core', 'related'], { error: missing('"tier: core" or "tier: related"') }),
	/** Abbreviations and other titles for the same job; search finds the role by each, and `/roles/<alias>/` redirects to it. @example ["MLE"] */
	shortNames: z.array(z.string().min(1)).default([]),
	/** One sentence saying what the role is for (shown in cards, search results and meta descriptions; 20 to 200 characters). */
	summary: z
		.string({ error: missing('one sentence (20 to 200 characters) saying what the role is for') })
		.min(20)
		.max(200),
	/** The role's focus in a few words. @example "Production systems" */
	focus: z
		.string({
			error: missing('the role\'s focus in a few words, e.g. "focus: Production systems"'),
		})
		.min(1)
		.max(60),
	/** Code-to-research split, where a source gives one. */
	ratio: codeResearchRatioSchema.optional(),
	/** Typical backgrounds people come to the role from. @example ["Software engineering"] */
	background: z.array(z.string().min(1)).default([]),
	/** What people in the role do, one responsibility a line. */
	responsibilities: z
		.array(z.string().min(1), {
			error: missing('a list of what people in the role do, one item a line'),
		})
		.min(1),
	/** A typical day, where it can be honestly described. */
	typicalDay: typicalDaySchema.optional(),
	/** Skills the role needs (ids in `content/data/skills.yaml`, or skill groups), most important first. */
	skills: z.array(roleSkillSchema).default([]),
	/** Tools the role works with (ids in `content/data/tools.yaml`, or tool groups), most important first. */
	tools: z.array(roleToolSchema).default([]),
	/** Example projects someone in the role might take on. */
	projects: z.array(z.string().min(1)).default([]),
	/**
	 * The role's career ladder, declared once and shown the same on every page: its rungs in order,
	 * individual-contributor rungs first, then management. Every ladder has a mid-level rung; a ladder
	 * without a junior rung says that true entry-level posts for the role are uncommon. A rung without
	 * a source is the guide's own.
	 */
	ladder: z
		.array(ladderStepSchema, {
			error: missing(
				'the career ladder: its rungs with level and title, e.g. "- { level: mid, title: ML Engineer }"',
			),
		})
		.min(2),
	/**
	 * Where people come from to the first rung of a ladder with no junior rung, completing "people
	 * usually join as <title> …". Required when the ladder has no junior rung.
	 * @example "straight from a PhD, often after a research internship"
	 */
	joinedFrom: z.string().min(5).max(160).optional(),
	/**
	 * How people usually get into the role, one route a line: where they come from, what employers
	 * look for at the door, and how open the role is to newcomers.
	 */
	entryRoutes: z.array(z.string().min(1)).default([]),
	/**
	 * The fields of this record that are the guide's own judgement rather than what a listed source
	 * says; the page marks each as the guide's view.
	 * @example [typicalDay, projects]
	 */
	editorial: z.array(z.enum(editorialFields)).default([]),
	/**
	 * For fields drawn from particular sources rather than the role's sources in general, the ids of
	 * the sources that say it; the page credits them under the field. A field is either credited or
	 * editorial, never both.
	 * @example { entryRoutes: [grigorev-ai-engineer-vision] }
	 */
	credits: z
		.partialRecord(z.enum(editorialFields), z.array(idRefSchema('source')).min(1))
		.default({}),
	/** Statements that describe someone this role suits. */
	fitsYouIf: z.array(z.string().min(1)).default([]),
	/**
	 * The role's roadmap: its must-haves and often-asked-fors in named phases, in teaching order (4 to
	 * 7 phases for a core role). Nice-to-haves are not listed: they form a last, optional phase. The
	 * guide's judgement, checked against what each topic builds on.
	 */
	roadmap: z
		.array(roadmapPhaseSchema, {
			error: missing(
				'the roadmap: named phases listing the must-haves and often-asked-fors in teaching order',
			),
		})
		.min(2),
	/** Roles a reader of this one should compare it with (role ids). */
	related: z.array(idRefSchema('role')).default([]),
	/** What sources say is expected at each career stage. */
	stages: z.array(stageRequirementSchema).default([]),
	/** How the job market looks for the role, where a source says. */
	market: marketSchema.optional(),
	/** Ids of the sources this record draws on (at least one). */
	sources: z
		.array(idRefSchema('source'), {
			error: missing(
				'the ids of the sources this record draws on, e.g. "sources: [ai-roles-explained]"',
			),
		})
		.min(1),
}).superRefine((role, ctx) => {
	// Core roles are the ones the comparison table and the self-assessment rest on, so they
	// must carry every field those pages show; related roles may leave out what no source gives.
	// The ratio is the exception: it is a figure, and a figure no source gives is never filled in.
	const requirements = [...role.skills, ...role.tools];
	if (requirements.length > 0 && !requirements.some((r) => r.importance === 'core')) {
		ctx.addIssue({
			code: 'custom',
			path: ['skills'],
			input: role.skills,
			message:
				'no requirement has "importance: core": mark what a candidate cannot be hired without as core (a role needs at least one).',
		});
	}
	for (const field of role.editorial)
		if (role.credits[field])
			ctx.addIssue({
				code: 'custom',
				path: ['credits', field],
				input: role.credits[field],
				message: `"${field}" is listed both in "editorial" and in "credits"; a field is either the guide's own view or a source's. Remove it from one of them.`,
			});
	ladderIssues(role.ladder, role.tier === 'core').forEach((issue) =>
		ctx.addIssue({ code: 'custom', ...issue }),
	);
	if (!role.ladder.some((s) => s.level === 'junior') && role.joinedFrom === undefined)
		ctx.addIssue({
			code: 'custom',
			path: ['joinedFrom'],
			input: undefined,
			message: `is missing: the ladder has no junior rung, so say where people come from to "${role.ladder[0]?.title}", e.g. "joinedFrom: from DevOps, site reliability or ML engineering"`,
		});
	if (role.tier !== 'core') return;
	if (role.roadmap.length < corePhaseCount.min || role.roadmap.length > corePhaseCount.max) {
		ctx.addIssue({
			code: 'custom',
			path: ['roadmap'],
			input: role.roadmap.map((p) => p.name),
			message: `has ${role.roadmap.length} phases; a core role's roadmap has ${corePhaseCount.min} to ${corePhaseCount.max}, so that each phase is a real stage of learning. Merge or split phases.`,
		});
	}
	const required: [keyof typeof role, boolean][] = [
		['background', role.background.length > 0],
		['typicalDay', role.typicalDay !== undefined],
		['skills', role.skills.length > 0],
		['tools', role.tools.length > 0],
		['projects', role.projects.length > 0],
		['fitsYouIf', role.fitsYouIf.length > 0],
	];
	for (const [field, present] of required) {
		if (!present) {
			ctx.addIssue({
				code: 'custom',
				path: [field],
				input: role[field],
				message: `a core role must have "${field}"; add it, or set tier: related if no source gives it.`,
			});
		}
	}
});

/** A role as an author writes it in YAML. */
export type RoleInput = z.input<typeof roleSchema>;
/** A role's data as code receives it (without its id, which comes from the file name). */
export type RoleData = z.output<typeof roleSchema>;
/** One requirement of a role (a skill, tool or group) as code receives it. */
export type Requirement = z.output<typeof roleSkillSchema>;

const levelOrder = Object.keys(ladderLevels);

/**
 * What is wrong with a ladder as a whole: rungs out of order or repeated, no mid-level rung, and, for
 * a core role, a rung without the experience and expectations its getting-hired page shows.
 */
function ladderIssues(
	ladder: LadderStep[],
	core: boolean,
): { path: (string | number)[]; input: unknown; message: string }[] {
	const issues: { path: (string | number)[]; input: unknown; message: string }[] = [];
	ladder.forEach((step, i) => {
		const before = ladder[i - 1];
		if (before && levelOrder.indexOf(step.level) <= levelOrder.indexOf(before.level))
			issues.push({
				path: ['ladder', i, 'level'],
				input: step.level,
				message: `comes after "${before.level}"; list the rungs in the order ${levelOrder.join(', ')} (individual contributors first, then management), each once.`,
			});
		if (core)
			for (const field of ['experience', 'expects'] as const)
				if (step[field] === undefined)
					issues.push({
						path: ['ladder', i, field],
						input: undefined,
						message: `is missing for "${step.title}": a core role's getting-hired page shows the ${field === 'experience' ? 'experience usually asked for' : 'expectations (owns, works, influences, judgedOn)'} at every rung; write it for this role.`,
					});
	});
	if (!ladder.some((s) => s.level === 'mid'))
		issues.push({
			path: ['ladder'],
			input: ladder.map((s) => s.level),
			message:
				'has no mid-level rung; add "- { level: mid, title: … }", the rung most people in the role hold.',
		});
	return issues;
}
