import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { httpsUrlSchema, idSchema, missing } from './ids';

/** The kinds of learning resource, as a reader picks them. */
export const resourceKinds = {
	docs: 'Documentation',
	course: 'Course',
	book: 'Book',
	video: 'Video',
	article: 'Article',
} as const;

/** One of the keys of `resourceKinds`. */
export type ResourceKind = keyof typeof resourceKinds;

/**
 * An outside resource for learning a skill or tool: official documentation, a course, a book, a talk.
 * Skills and tools point to resources by id; roadmaps and entry pages show them. Lives in
 * `content/data/resources.yaml`.
 * @example { id: "pytorch-tutorials", title: "PyTorch Tutorials", provider: "PyTorch", url: "https://pytorch.org/tutorials/", kind: docs, free: true }
 */
export const resourceSchema = strictObject({
	/** Unique id that skills and tools point to. */
	id: idSchema,
	/** The title as the provider gives it. */
	title: z.string({ error: missing('the title as the provider gives it') }).min(1),
	/** Who makes it available. @example "PyTorch (official docs)" */
	provider: z
		.string({ error: missing('who makes it available, e.g. "provider: PyTorch (official docs)"') })
		.min(1),
	/** Its stable landing page (https only), checked against the real page. */
	url: httpsUrlSchema,
	/** `docs`, `course`, `book`, `video` or `article`. */
	kind: z.enum(Object.keys(resourceKinds) as [ResourceKind, ...ResourceKind[]], {
		error: (issue) =>
			`must be one of ${Object.keys(resourceKinds).join(', ')}${issue.input === undefined ? '' : `, not ${JSON.stringify(issue.input)}`}`,
	}),
	/** Whether the material can be used at no cost (paid books, and courses whose free access is not guaranteed, are false). */
	free: z.boolean({ error: missing('"free: true" or "free: false"') }),
});

/** A resource as code receives it. */
export type Resource = z.output<typeof resourceSchema>;
