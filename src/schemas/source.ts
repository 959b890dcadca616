import { z } from 'astro/zod';
import { strictObject } from './strictObject';
import { httpsUrlSchema, idSchema, missing, partialDateSchema } from './ids';

/**
 * A document the guide's facts come from. Every figure on the site points to one of these,
 * and the page shows its title, publisher, date and link next to the figure.
 * Lives in `content/data/sources.yaml`.
 */
export const sourceSchema = strictObject({
	/** Unique id that figures and records point to. @example "bls-data-scientists-2024" */
	id: idSchema,
	/**
	 * `published`: a document a reader can open, with its publisher, date and https address.
	 * `unpublished`: material the guide was written from that has no public address (a course lesson,
	 * an overview, a news briefing); `description` says plainly what it is.
	 */
	kind: z.enum(['published', 'unpublished'], {
		error: missing(
			'"kind: published" (a reader can open it) or "kind: unpublished" (no public address)',
		),
	}),
	/** The document's title as published, or as the guide refers to it. */
	title: z.string().min(1),
	/** Who published or wrote it; required when published. @example "US Bureau of Labor Statistics" */
	publisher: z.string().min(1).optional(),
	/** Where a reader can check it (https only); required when published. */
	url: httpsUrlSchema.optional(),
	/** When it was published: YYYY, YYYY-MM or YYYY-MM-DD; required when published, left out when undated. */
	date: partialDateSchema.optional(),
	/** For unpublished material: what it is, in a short phrase a reader understands. @example "a lesson of a course on ML and AI engineering" */
	description: z.string().min(1).optional(),
	/** What the guide takes from it, or a caveat a reader should know. */
	note: z.string().min(1).optional(),
}).superRefine((source, ctx) => {
	if (source.kind === 'published') {
		for (const field of ['publisher', 'url', 'date'] as const) {
			if (source[field] === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: [field],
					input: undefined,
					message: `is missing: a published source names its ${field === 'url' ? 'https address' : field}, so a reader can find and check it; add it, or set "kind: unpublished" and a "description" if it has no public address.`,
				});
			}
		}
	} else if (source.description === undefined) {
		ctx.addIssue({
			code: 'custom',
			path: ['description'],
			input: undefined,
			message:
				'is missing: say plainly what this unpublished material is, e.g. "description: a lesson of a course on ML and AI engineering".',
		});
	}
});

/** A source as code receives it. */
export type Source = z.output<typeof sourceSchema>;
