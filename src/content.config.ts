import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { withGuideErrors } from './loaders/guideErrors';
import { recordListLoader } from './loaders/recordListLoader';
import { skillSchema, toolSchema } from './schemas/catalogue';
import { figureSchema } from './schemas/figure';
import { groupSchema } from './schemas/group';
import { pairSummarySchema } from './schemas/pairSummary';
import { paySchema } from './schemas/pay';
import { resourceSchema } from './schemas/resource';
import { backgroundSchema } from './schemas/background';
import { interviewSchema } from './schemas/interview';
import { projectSchema } from './schemas/project';
import { lessonSchema } from './schemas/lesson';
import { roleSchema } from './schemas/role';
import { sourceSchema } from './schemas/source';
import { statementSchema } from './schemas/statement';

/** A YAML list of records, each checked against its schema in the guide's error format. */
const listOf = (file: string, schema: z.ZodType, schemaFile: string) => withGuideErrors(recordListLoader(file), schema, schemaFile, true);

export const collections = {
	/**
	 * Starlight's UI strings for the guide's one language. Starlight reads this collection on every
	 * build and Astro warns when it is missing or empty, so it holds one entry, `en.json`, that
	 * overrides nothing; put an override there (e.g. `"search.label": "…"`) to change a UI string.
	 */
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	/** Every lesson: role lessons in content/roles/, cross-role lessons in content/lessons/. */
	docs: defineCollection({
		// The guide's own fields are checked in its format; Starlight's (title, sidebar, …) by Starlight.
		loader: withGuideErrors(glob({ pattern: '**/*.{md,mdx}', base: './content' }), lessonSchema, 'src/schemas/lesson.ts'),
		schema: docsSchema({ extend: lessonSchema }),
	}),
	/** One YAML file a role, the file name being its id. */
	roles: defineCollection({
		loader: withGuideErrors(glob({ pattern: '*.{yaml,yml}', base: './content/data/roles' }), roleSchema, 'src/schemas/role.ts'),
		schema: roleSchema,
	}),
	skills: defineCollection({ loader: listOf('content/data/skills.yaml', skillSchema, 'src/schemas/catalogue.ts'), schema: skillSchema }),
	tools: defineCollection({ loader: listOf('content/data/tools.yaml', toolSchema, 'src/schemas/catalogue.ts'), schema: toolSchema }),
	groups: defineCollection({ loader: listOf('content/data/groups.yaml', groupSchema, 'src/schemas/group.ts'), schema: groupSchema }),
	pairs: defineCollection({ loader: listOf('content/data/pairs.yaml', pairSummarySchema, 'src/schemas/pairSummary.ts'), schema: pairSummarySchema }),
	/** One YAML file a role with interview data, the file name being the role's id. */
	interviews: defineCollection({ loader: withGuideErrors(glob({ pattern: '*.{yaml,yml}', base: './content/data/interviews' }), interviewSchema, 'src/schemas/interview.ts'), schema: interviewSchema }),
	projects: defineCollection({ loader: listOf('content/data/projects.yaml', projectSchema, 'src/schemas/project.ts'), schema: projectSchema }),
	backgrounds: defineCollection({ loader: listOf('content/data/backgrounds.yaml', backgroundSchema, 'src/schemas/background.ts'), schema: backgroundSchema }),
	resources: defineCollection({ loader: listOf('content/data/resources.yaml', resourceSchema, 'src/schemas/resource.ts'), schema: resourceSchema }),
	pay: defineCollection({ loader: listOf('content/data/pay.yaml', paySchema, 'src/schemas/pay.ts'), schema: paySchema }),
	sources: defineCollection({ loader: listOf('content/data/sources.yaml', sourceSchema, 'src/schemas/source.ts'), schema: sourceSchema }),
	figures: defineCollection({ loader: listOf('content/data/figures.yaml', figureSchema, 'src/schemas/figure.ts'), schema: figureSchema }),
	statements: defineCollection({ loader: listOf('content/data/statements.yaml', statementSchema, 'src/schemas/statement.ts'), schema: statementSchema }),
};
