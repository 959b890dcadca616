import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { withGuideErrors } from './loaders/guideErrors';
import { recordListLoader } from './loaders/recordListLoader';
import { withRoleLessonFacts } from './loaders/roleLessonFacts';
import { lessonSchema } from './schemas/lesson';
import { lessonSource, recordSources } from './lib/ingest/sources';

/** A YAML list of records, each checked against its schema in the guide's error format. */
const list = <S extends z.ZodType>(source: { file: string; schema: S; schemaFile: string }) => ({
	loader: withGuideErrors(recordListLoader(source.file), source.schema, source.schemaFile, true),
	schema: source.schema,
});
/** One YAML file a record, the file name being its id. */
const perFile = <S extends z.ZodType>(source: {
	folder: string;
	schema: S;
	schemaFile: string;
}) => ({
	loader: withGuideErrors(
		glob({ pattern: '*.{yaml,yml}', base: `./${source.folder}` }),
		source.schema,
		source.schemaFile,
	),
	schema: source.schema,
});

/** Where each collection is read from and its schema come from one table, src/lib/ingest/sources.ts, which the tests' reader follows too. */
export const collections = {
	/**
	 * Starlight's UI strings for the guide's one language. Starlight reads this collection on every
	 * build and Astro warns when it is missing or empty, so it holds one entry, `en.json`, that
	 * overrides nothing; put an override there (e.g. `"search.label": "…"`) to change a UI string.
	 */
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	/**
	 * Every lesson: role lessons in content/roles/, cross-role lessons in content/lessons/. A role
	 * lesson's title and sidebar order are filled from its role's record (src/loaders/roleLessonFacts.ts).
	 */
	docs: defineCollection({
		// The guide's own fields are checked in its format; Starlight's (title, sidebar, …) by Starlight.
		loader: withRoleLessonFacts(
			withGuideErrors(
				glob({ pattern: '**/*.{md,mdx}', base: `./${lessonSource.folder}` }),
				lessonSchema,
				lessonSource.schemaFile,
			),
		),
		schema: docsSchema({ extend: lessonSchema }),
	}),
	roles: defineCollection(perFile(recordSources.roles)),
	skills: defineCollection(list(recordSources.skills)),
	tools: defineCollection(list(recordSources.tools)),
	groups: defineCollection(list(recordSources.groups)),
	pairs: defineCollection(list(recordSources.pairs)),
	/** One YAML file a role with interview data, the file name being the role's id. */
	interviews: defineCollection(perFile(recordSources.interviews)),
	projects: defineCollection(list(recordSources.projects)),
	backgrounds: defineCollection(list(recordSources.backgrounds)),
	resources: defineCollection(list(recordSources.resources)),
	pay: defineCollection(list(recordSources.pay)),
	sources: defineCollection(list(recordSources.sources)),
	figures: defineCollection(list(recordSources.figures)),
	statements: defineCollection(list(recordSources.statements)),
};
