/**
 * Reads the guide's input from raw files (each a path relative to the project root and its text),
 * with the same tables, parsers, schemas and messages as the build. Pure: the caller reads the files
 * (tests from disk), so this runs anywhere, and every mistake comes back in the guide's own format.
 */
import { parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { lessonSchema, type LessonData } from '~/schemas/lesson';
import type { RoleData } from '~/schemas/role';
import type { Problem } from './guideError';
import { entryPrefix, type GuideInput, type Located, type LessonRecord } from './guideInput';
import { readRecordList, yamlProblem } from './recordList';
import {
	type WrittenFact,
	missingRecordProblem,
	roleOfLesson,
	withRoleFacts,
} from './roleLessonFacts';
import { schemaProblems } from './schemaProblems';
import { lessonSource, type RecordSource, recordSources } from './sources';

/** A file of the project: its path relative to the root, with forward slashes, and its text. */
export interface RawFile {
	path: string;
	text: string;
}

/** A lesson as the checks read it: its validated fields plus Starlight's title, description and sidebar, its body, and for a role lesson the fields it wrote that its record gives. */
export function lessonRecord(
	front: Record<string, unknown>,
	data: LessonData,
	body?: string,
	writtenFacts?: WrittenFact[],
): LessonRecord {
	return {
		...data,
		title: String(front['title']),
		description: front['description'] as string | undefined,
		sidebar: front['sidebar'] as LessonRecord['sidebar'],
		body,
		...(writtenFacts && writtenFacts.length > 0 && { writtenFacts }),
	};
}

/** Reads a record's data with its schema: the parsed data, or the problems in the guide's format. */
function validated<T>(
	schema: z.ZodType,
	raw: unknown,
	file: string,
	prefix: string,
	schemaFile: string,
	problems: Problem[],
): T | undefined {
	const found = schemaProblems(schema, raw, file, prefix, schemaFile);
	problems.push(...found);
	return found.length === 0 ? (schema.parse(raw) as T) : undefined;
}

/** Every record of one kind. */
function readSource<T>(
	source: RecordSource,
	files: readonly RawFile[],
	problems: Problem[],
): Located<T>[] {
	if (source.shape === 'list') {
		const file = files.find((f) => f.path === source.file);
		if (!file) {
			problems.push({
				file: source.file,
				field: '(file)',
				message: 'cannot be read',
				fix: `Create ${source.file} as a YAML list of records, or correct the path in src/lib/ingest/sources.ts.`,
			});
			return [];
		}
		const list = readRecordList(file.text, source.file);
		problems.push(...list.problems);
		return list.records.flatMap((r) => {
			const data = validated<T>(
				source.schema,
				r.data,
				source.file,
				entryPrefix(r.id),
				source.schemaFile,
				problems,
			);
			return data === undefined ? [] : [{ id: r.id, file: source.file, data }];
		});
	}
	const pattern = new RegExp(`^${source.folder}/([^/]+)\\.ya?ml$`);
	return files.flatMap((f) => {
		const id = pattern.exec(f.path)?.[1];
		if (id === undefined) return [];
		let raw: unknown;
		try {
			raw = yaml.load(f.text, { filename: f.path });
		} catch (error) {
			problems.push(yamlProblem(f.path, error));
			return [];
		}
		const data = validated<T>(source.schema, raw, f.path, '', source.schemaFile, problems);
		return data === undefined ? [] : [{ id, file: f.path, data }];
	});
}

/**
 * Every lesson: Markdown and MDX under `content/`, outside `content/data/`. A role lesson gets its
 * title and sidebar order from its role's record, as in the build; when the record is missing that
 * is reported, when it is invalid its own problems already are.
 */
function readLessons(
	files: readonly RawFile[],
	roles: readonly Located<RoleData>[],
	problems: Problem[],
): Located<LessonRecord>[] {
	const pattern = new RegExp(`^${lessonSource.folder}/(?!data/)(.+)\\.mdx?$`);
	const roleById = new Map(roles.map((r) => [r.id, r.data]));
	const paths = new Set(files.map((f) => f.path));
	return files.flatMap((f) => {
		const id = pattern.exec(f.path)?.[1];
		if (id === undefined) return [];
		// Astro's own frontmatter parser, and the body trimmed as Astro's MDX loader gives it to the build.
		const parsed = parseFrontmatter(f.text);
		let front: Record<string, unknown> = parsed.frontmatter;
		let written: WrittenFact[] = [];
		const roleId = roleOfLesson(id);
		const role = roleId === undefined ? undefined : roleById.get(roleId);
		if (role) ({ front, written } = withRoleFacts(front, role));
		else if (
			roleId !== undefined &&
			!paths.has(`${recordSources.roles.folder}/${roleId}.yaml`) &&
			!paths.has(`${recordSources.roles.folder}/${roleId}.yml`)
		)
			problems.push(missingRecordProblem(f.path, roleId));
		// Starlight requires the title; the build reports it in Starlight's words, the tests in the guide's.
		else if (roleId === undefined && typeof front['title'] !== 'string')
			problems.push({
				file: f.path,
				field: 'title',
				message: 'is missing',
				fix: 'Add "title: <the lesson\'s title>" to the frontmatter.',
			});
		const data = validated<LessonData>(
			lessonSchema,
			front,
			f.path,
			'',
			lessonSource.schemaFile,
			problems,
		);
		return data === undefined
			? []
			: [{ id, file: f.path, data: lessonRecord(front, data, parsed.content.trim(), written) }];
	});
}

/**
 * The guide's input read from raw files, or the problems that keep it from being read (every one of
 * them, in the guide's format). Files in the same order give records in the same order: list files
 * in the order they are written, one-file records and lessons in the order the files are given.
 */
export function readGuideInput(files: readonly RawFile[]): {
	input: GuideInput;
	problems: Problem[];
} {
	const problems: Problem[] = [];
	const read = <K extends keyof typeof recordSources>(key: K) =>
		readSource(recordSources[key], files, problems);
	const roles = read('roles') as Located<RoleData>[];
	const input = {
		roles,
		skills: read('skills'),
		tools: read('tools'),
		groups: read('groups'),
		pairs: read('pairs'),
		pay: read('pay'),
		resources: read('resources'),
		backgrounds: read('backgrounds'),
		interviews: read('interviews'),
		projects: read('projects'),
		sources: read('sources'),
		figures: read('figures'),
		statements: read('statements'),
		lessons: readLessons(files, roles, problems),
	} as GuideInput;
	return { input, problems };
}
