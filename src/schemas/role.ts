import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { idRefSchema, missing } from './ids';

/** How deeply a role needs a skill. */
export const skillLevels = {
	foundation: 'Foundation: understands the basics and knows when to use it',
	working: 'Working: uses it day to day without help',
	deep: 'Deep: the expert others ask',
} as const;

/** One of `foundation`, `working` or `deep`. */
export const skillLevelSchema = z.enum(Object.keys(skillLevels) as [keyof typeof skillLevels, ...(keyof typeof skillLevels)[]]);

/**
 * A skill a role needs: either the skill's id alone, or an object with the id, a level and
 * what the role uses it for. Both forms come out as the object.
 * @example "python"
 * @example { id: "statistics", level: "deep", use: "Designs experiments and reads their results" }
 */
export const roleSkillSchema = z.preprocess(
	(value) => (typeof value === 'string' ? { id: value } : value),
	strictObject({
		/** The skill's id in `content/data/skills.yaml`. */
		id: idRefSchema('skill'),
		/** How deeply this role needs it. */
		level: skillLevelSchema.optional(),
		/** What this role does with it, in a short phrase. */
		use: z.string().min(1).optional(),
	})
);

/**
 * A tool a role works with: the tool's id alone, or an object with the id and what the role uses it for.
 * @example "docker"
 * @example { id: "mlflow", use: "Tracks experiments and versions models" }
 */
export const roleToolSchema = z.preprocess(
	(value) => (typeof value === 'string' ? { id: value } : value),
	strictObject({
		/** The tool's id in `content/data/tools.yaml`. */
		id: idRefSchema('tool'),
		/** What this role does with it, in a short phrase. */
		use: z.string().min(1).optional(),
	})
);

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
	})
	.superRefine((ratio, ctx) => {
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

/** A typical working day in three parts, one short sentence each. */
export const typicalDaySchema = strictObject({
	/** What the morning is spent on. */
	morning: z.string().min(1),
	/** What the afternoon is spent on. */
	afternoon: z.string().min(1),
	/** What the end of the day is spent on. */
	evening: z.string().min(1),
});

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
});

/** Kinds of employer that sources say hire a role most. */
export const employerKinds = {
	startups: 'Startups',
	'mid-size-tech': 'Mid-size tech companies',
	enterprises: 'Enterprises',
	consulting: 'Consultancies',
} as const;

/** How a source sees the job market for a role. */
export const marketSchema = strictObject({
	/** `hot`: demand outruns supply; `competitive`: many candidates for the openings. */
	outlook: z.enum(['hot', 'competitive']),
	/** Why, in one sentence. */
	reason: z.string().min(1),
	/** Kinds of employer that hire this role most. */
	hiredBy: z.array(z.enum(Object.keys(employerKinds) as [keyof typeof employerKinds, ...(keyof typeof employerKinds)[]])).default([]),
	/** The id of the source of this view. */
	source: idRefSchema('source'),
});

/**
 * A role: one job family the guide describes, stored as `content/data/roles/<id>.yaml`, where the
 * file name is the id and the URL (`/roles/<id>/`). Each role also has a lesson at `content/roles/<id>.mdx`.
 */
export const roleSchema = strictObject({
		/** The role's name as a job title. @example "ML Engineer" */
		name: z.string({ error: missing('the role\'s name as a job title, e.g. "name: ML Engineer"') }).min(1),
		/** Position in role lists and tables, lowest first; unique across roles. */
		order: z.int({ error: missing('its position in role lists, e.g. "order: 7"') }).min(1),
		/** `core`: one of the six roles the guide covers in full; `related`: a neighbouring role covered more briefly. */
		tier: z.enum(['core', 'related'], { error: missing('"tier: core" or "tier: related"') }),
		/** Abbreviations and other titles for the same job; search finds the role by each, and `/roles/<alias>/` redirects to it. @example ["MLE"] */
		shortNames: z.array(z.string().min(1)).default([]),
		/** One sentence saying what the role is for (shown in cards, search results and meta descriptions; 20 to 200 characters). */
		summary: z.string({ error: missing('one sentence (20 to 200 characters) saying what the role is for') }).min(20).max(200),
		/** The role's focus in a few words. @example "Production systems" */
		focus: z.string({ error: missing('the role\'s focus in a few words, e.g. "focus: Production systems"') }).min(1).max(60),
		/** Code-to-research split, where a source gives one. */
		ratio: codeResearchRatioSchema.optional(),
		/** Typical backgrounds people come to the role from. @example ["Software engineering"] */
		background: z.array(z.string().min(1)).default([]),
		/** What people in the role do, one responsibility a line. */
		responsibilities: z.array(z.string().min(1), { error: missing('a list of what people in the role do, one item a line') }).min(1),
		/** A typical day, where it can be honestly described. */
		typicalDay: typicalDaySchema.optional(),
		/** Skills the role needs (ids in `content/data/skills.yaml`), most important first. */
		skills: z.array(roleSkillSchema).default([]),
		/** Tools the role works with (ids in `content/data/tools.yaml`), most important first. */
		tools: z.array(roleToolSchema).default([]),
		/** Example projects someone in the role might take on. */
		projects: z.array(z.string().min(1)).default([]),
		/** The usual career ladder, from first step to top, in order. */
		ladder: z.array(z.string().min(1)).default([]),
		/** Statements that describe someone this role suits. */
		fitsYouIf: z.array(z.string().min(1)).default([]),
		/** Roles a reader of this one should compare it with (role ids). */
		related: z.array(idRefSchema('role')).default([]),
		/** What sources say is expected at each career stage. */
		stages: z.array(stageRequirementSchema).default([]),
		/** How the job market looks for the role, where a source says. */
		market: marketSchema.optional(),
		/** Ids of the sources this record draws on (at least one). */
		sources: z.array(idRefSchema('source'), { error: missing('the ids of the sources this record draws on, e.g. "sources: [ai-roles-explained]"') }).min(1),
	})
	.superRefine((role, ctx) => {
		// Core roles are the ones the comparison table and the self-assessment rest on, so they
		// must carry every field those pages show; related roles may leave out what no source gives.
		// The ratio is the exception: it is a figure, and a figure no source gives is never filled in.
		if (role.tier !== 'core') return;
		const required: [keyof typeof role, boolean][] = [
			['background', role.background.length > 0],
			['typicalDay', role.typicalDay !== undefined],
			['skills', role.skills.length > 0],
			['tools', role.tools.length > 0],
			['projects', role.projects.length > 0],
			['ladder', role.ladder.length > 1],
			['fitsYouIf', role.fitsYouIf.length > 0],
		];
		for (const [field, present] of required) {
			if (!present) {
				ctx.addIssue({
					code: 'custom',
					path: [field],
					input: role[field],
					message: `a core role must have ${field === 'ladder' ? 'at least two ladder steps' : `"${field}"`}; add it, or set tier: related if no source gives it.`,
				});
			}
		}
	});

/** A role as an author writes it in YAML. */
export type RoleInput = z.input<typeof roleSchema>;
/** A role's data as code receives it (without its id, which comes from the file name). */
export type RoleData = z.output<typeof roleSchema>;
/** A role's skill entry after normalisation. */
export type RoleSkill = z.output<typeof roleSkillSchema>;
/** A role's tool entry after normalisation. */
export type RoleTool = z.output<typeof roleToolSchema>;
