import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { throwIfProblems, type Problem } from '~/lib/ingest/guideError';
import type { GuideInput, Located, LessonRecord } from '~/lib/ingest/guideInput';
import { parseRecordList } from '~/lib/ingest/recordList';
import { skillSchema, toolSchema } from '~/schemas/catalogue';
import { figureSchema } from '~/schemas/figure';
import { groupSchema } from '~/schemas/group';
import { pairSummarySchema } from '~/schemas/pairSummary';
import { paySchema } from '~/schemas/pay';
import { resourceSchema } from '~/schemas/resource';
import { backgroundSchema } from '~/schemas/background';
import { interviewSchema } from '~/schemas/interview';
import { projectSchema } from '~/schemas/project';
import { type LessonData, lessonSchema } from '~/schemas/lesson';
import { roleSchema } from '~/schemas/role';
import { sourceSchema } from '~/schemas/source';
import { statementSchema } from '~/schemas/statement';

/**
 * Reads `content/` the way the build does (same schemas, same record-list parser) without Astro,
 * so tests can check the real data. Field errors are collected and thrown together, like the build.
 */
/** A lesson as the integrity checks read it: its validated fields plus Starlight's title, description and sidebar. */
export function lessonRecord(front: Record<string, unknown>, data: LessonData, body?: string): LessonRecord {
	return { ...data, title: String(front['title']), description: front['description'] as string | undefined, sidebar: front['sidebar'] as LessonRecord['sidebar'], body };
}

export function readContent(root = process.cwd()): GuideInput {
	const problems: Problem[] = [];
	const parse = <S extends z.ZodType>(schema: S, raw: unknown, file: string, id: string): z.output<S> | undefined => {
		const result = schema.safeParse(raw);
		if (result.success) return result.data;
		for (const issue of result.error.issues) problems.push({ file, field: `${id}.${issue.path.join('.')}`, message: issue.message, fix: 'See the schema in src/schemas/.' });
		return undefined;
	};
	const list = <S extends z.ZodType>(file: string, schema: S): Located<z.output<S>>[] =>
		parseRecordList(readFileSync(join(root, file), 'utf8'), file).flatMap((r) => {
			const data = parse(schema, r.data, file, r.id);
			return data ? [{ id: r.id, file, data }] : [];
		});
	/** One record a YAML file, the file name being the id, as the build's glob loaders read them. */
	const perFile = <S extends z.ZodType>(folder: string, schema: S): Located<z.output<S>>[] =>
		readdirSync(join(root, folder))
			.filter((f) => /\.ya?ml$/.test(f))
			.flatMap((f) => {
				const file = `${folder}/${f}`;
				const id = f.replace(/\.ya?ml$/, '');
				const data = parse(schema, yaml.load(readFileSync(join(root, file), 'utf8')), file, id);
				return data ? [{ id, file, data }] : [];
			});
	const roles = perFile('content/data/roles', roleSchema);
	const interviews = perFile('content/data/interviews', interviewSchema);
	const lessons = mdxFiles(join(root, 'content')).flatMap((path) => {
		const file = relative(root, path).replaceAll('\\', '/');
		const id = file.replace(/^content\//, '').replace(/\.mdx?$/, '');
		const text = readFileSync(path, 'utf8');
		const front = frontmatter(text);
		const data = parse(lessonSchema, front, file, id);
		if (typeof front['title'] !== 'string') problems.push({ file, field: 'title', message: 'is missing', fix: 'Add a title.' });
		return data ? [{ id, file, data: lessonRecord(front, data, text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '')) }] : [];
	});
	const input: GuideInput = {
		roles,
		skills: list('content/data/skills.yaml', skillSchema),
		tools: list('content/data/tools.yaml', toolSchema),
		groups: list('content/data/groups.yaml', groupSchema),
		pairs: list('content/data/pairs.yaml', pairSummarySchema),
		pay: list('content/data/pay.yaml', paySchema),
		resources: list('content/data/resources.yaml', resourceSchema),
		backgrounds: list('content/data/backgrounds.yaml', backgroundSchema),
		interviews,
		projects: list('content/data/projects.yaml', projectSchema),
		sources: list('content/data/sources.yaml', sourceSchema),
		figures: list('content/data/figures.yaml', figureSchema),
		statements: list('content/data/statements.yaml', statementSchema),
		lessons,
	};
	throwIfProblems(problems);
	return input;
}

function mdxFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'data' ? [] : mdxFiles(path);
		return /\.mdx?$/.test(entry.name) ? [path] : [];
	});
}

/** The YAML frontmatter of a Markdown or MDX file. */
export function frontmatter(text: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	return match ? ((yaml.load(match[1]!) as Record<string, unknown>) ?? {}) : {};
}
