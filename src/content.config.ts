import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
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

export const collections = {
	/** Every lesson: role lessons in content/roles/, cross-role lessons in content/lessons/. */
	docs: defineCollection({
		loader: glob({ pattern: '**/*.{md,mdx}', base: './content' }),
		schema: docsSchema({ extend: lessonSchema }),
	}),
	/** One YAML file a role, the file name being its id. */
	roles: defineCollection({
		loader: glob({ pattern: '*.{yaml,yml}', base: './content/data/roles' }),
		schema: roleSchema,
	}),
	skills: defineCollection({ loader: recordListLoader('content/data/skills.yaml'), schema: skillSchema }),
	tools: defineCollection({ loader: recordListLoader('content/data/tools.yaml'), schema: toolSchema }),
	groups: defineCollection({ loader: recordListLoader('content/data/groups.yaml'), schema: groupSchema }),
	pairs: defineCollection({ loader: recordListLoader('content/data/pairs.yaml'), schema: pairSummarySchema }),
	/** One YAML file a role with interview data, the file name being the role's id. */
	interviews: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: './content/data/interviews' }), schema: interviewSchema }),
	projects: defineCollection({ loader: recordListLoader('content/data/projects.yaml'), schema: projectSchema }),
	backgrounds: defineCollection({ loader: recordListLoader('content/data/backgrounds.yaml'), schema: backgroundSchema }),
	resources: defineCollection({ loader: recordListLoader('content/data/resources.yaml'), schema: resourceSchema }),
	pay: defineCollection({ loader: recordListLoader('content/data/pay.yaml'), schema: paySchema }),
	sources: defineCollection({ loader: recordListLoader('content/data/sources.yaml'), schema: sourceSchema }),
	figures: defineCollection({ loader: recordListLoader('content/data/figures.yaml'), schema: figureSchema }),
	statements: defineCollection({ loader: recordListLoader('content/data/statements.yaml'), schema: statementSchema }),
};
