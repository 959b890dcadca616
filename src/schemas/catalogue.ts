import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { categoryIdSchema } from './category';
import { httpsUrlSchema, idSchema, missing } from './ids';

/** Fields shared by skills and tools: both are entries in the catalogue that roles point to. */
const catalogueEntryFields = {
	/** Unique id, also the URL slug: `/skills/<id>/` or `/tools/<id>/`. */
	id: idSchema,
	/** The name as readers know it. @example "Kubernetes" */
	name: z.string({ error: missing('the name readers know it by, e.g. "name: Kubernetes"') }).min(1),
	/** The category it is grouped under on index pages and in search filters. */
	category: categoryIdSchema,
	/** One line saying what it is, in our own words (10 to 200 characters). */
	description: z.string({ error: missing('one line (10 to 200 characters) saying what it is') }).min(10).max(200),
	/** Other names readers search for; each makes search find this entry. @example ["k8s"] */
	aliases: z.array(z.string().min(1)).default([]),
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
