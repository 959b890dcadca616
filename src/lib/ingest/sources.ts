/**
 * Where each kind of record of the guide is read from and which schema validates it: the one table
 * the Astro collections (src/content.config.ts), the build's guide loader and the tests' reader all
 * follow, so no two of them can disagree on a file, a schema or a message.
 */
import type { z } from 'astro/zod';
import { backgroundSchema } from '~/schemas/background';
import { skillSchema, toolSchema } from '~/schemas/catalogue';
import { figureSchema } from '~/schemas/figure';
import { groupSchema } from '~/schemas/group';
import { interviewSchema } from '~/schemas/interview';
import { pairSummarySchema } from '~/schemas/pairSummary';
import { paySchema } from '~/schemas/pay';
import { projectSchema } from '~/schemas/project';
import { resourceSchema } from '~/schemas/resource';
import { roleSchema } from '~/schemas/role';
import { sourceSchema } from '~/schemas/source';
import { statementSchema } from '~/schemas/statement';
import type { GuideInput } from './guideInput';

/** A kind of record kept in files of its own or in one list file. */
export type RecordSource =
	/** One YAML file a record, the file name being its id. */
	| { shape: 'perFile'; folder: string; schema: z.ZodType; schemaFile: string }
	/** One YAML file holding a list of records, each with an id. */
	| { shape: 'list'; file: string; schema: z.ZodType; schemaFile: string };

/** Every kind of YAML record, by its key in `GuideInput`. (Lessons are Markdown: see `lessonSource`.) */
export const recordSources = {
	roles: {
		shape: 'perFile',
		folder: 'content/data/roles',
		schema: roleSchema,
		schemaFile: 'src/schemas/role.ts',
	},
	skills: {
		shape: 'list',
		file: 'content/data/skills.yaml',
		schema: skillSchema,
		schemaFile: 'src/schemas/catalogue.ts',
	},
	tools: {
		shape: 'list',
		file: 'content/data/tools.yaml',
		schema: toolSchema,
		schemaFile: 'src/schemas/catalogue.ts',
	},
	groups: {
		shape: 'list',
		file: 'content/data/groups.yaml',
		schema: groupSchema,
		schemaFile: 'src/schemas/group.ts',
	},
	pairs: {
		shape: 'list',
		file: 'content/data/pairs.yaml',
		schema: pairSummarySchema,
		schemaFile: 'src/schemas/pairSummary.ts',
	},
	interviews: {
		shape: 'perFile',
		folder: 'content/data/interviews',
		schema: interviewSchema,
		schemaFile: 'src/schemas/interview.ts',
	},
	projects: {
		shape: 'list',
		file: 'content/data/projects.yaml',
		schema: projectSchema,
		schemaFile: 'src/schemas/project.ts',
	},
	backgrounds: {
		shape: 'list',
		file: 'content/data/backgrounds.yaml',
		schema: backgroundSchema,
		schemaFile: 'src/schemas/background.ts',
	},
	resources: {
		shape: 'list',
		file: 'content/data/resources.yaml',
		schema: resourceSchema,
		schemaFile: 'src/schemas/resource.ts',
	},
	pay: {
		shape: 'list',
		file: 'content/data/pay.yaml',
		schema: paySchema,
		schemaFile: 'src/schemas/pay.ts',
	},
	sources: {
		shape: 'list',
		file: 'content/data/sources.yaml',
		schema: sourceSchema,
		schemaFile: 'src/schemas/source.ts',
	},
	figures: {
		shape: 'list',
		file: 'content/data/figures.yaml',
		schema: figureSchema,
		schemaFile: 'src/schemas/figure.ts',
	},
	statements: {
		shape: 'list',
		file: 'content/data/statements.yaml',
		schema: statementSchema,
		schemaFile: 'src/schemas/statement.ts',
	},
} as const satisfies Record<Exclude<keyof GuideInput, 'lessons'>, RecordSource>;

/** Lessons: Markdown and MDX files under `content/` outside `content/data/`, the id being the path without the extension. */
export const lessonSource = { folder: 'content', schemaFile: 'src/schemas/lesson.ts' } as const;

/** The file a record of a kind was read from, when the content store does not say. */
export function recordFile(source: RecordSource, id: string): string {
	return source.shape === 'list' ? source.file : `${source.folder}/${id}.yaml`;
}
