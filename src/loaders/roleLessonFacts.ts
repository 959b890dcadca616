import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { Loader } from 'astro/loaders';
import { type Problem, throwIfProblems } from '~/lib/ingest/guideError';
import { roleLessonFolder } from '~/lib/ingest/guideInput';
import { yamlProblem } from '~/lib/ingest/recordList';
import {
	type RoleFacts,
	missingRecordProblem,
	roleFactsSchema,
	roleOfLesson,
	roleRecordFile,
	withRoleFacts,
	writtenFactsKey,
} from '~/lib/ingest/roleLessonFacts';
import { schemaProblems } from '~/lib/ingest/schemaProblems';
import { lessonSource, recordSources } from '~/lib/ingest/sources';
import { projectFile } from './guideErrors';

/** The text of every role record in a folder, by role id. */
async function readRecords(folder: string): Promise<Map<string, string>> {
	const names = existsSync(folder)
		? (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort()
		: [];
	return new Map(
		await Promise.all(
			names.map(
				async (name) =>
					[name.replace(/\.ya?ml$/, ''), await readFile(join(folder, name), 'utf8')] as const,
			),
		),
	);
}

/**
 * A role's name and order from its record's text. Anything that keeps them from being read fails
 * the build here, in the guide's format, rather than as Starlight's "title: Required" for the lesson.
 */
function factsOf(lessonFile: string, roleId: string, text: string | undefined): RoleFacts {
	const file = roleRecordFile(roleId);
	const problems: Problem[] = [];
	let raw: unknown;
	if (text === undefined) problems.push(missingRecordProblem(lessonFile, roleId));
	else {
		try {
			raw = yaml.load(text, { filename: file });
			problems.push(
				...schemaProblems(roleFactsSchema, raw, file, '', recordSources.roles.schemaFile),
			);
		} catch (error) {
			problems.push(yamlProblem(file, error));
		}
	}
	throwIfProblems(problems, problems[0]?.file);
	return roleFactsSchema.parse(raw);
}

/**
 * Wraps the docs collection's loader so that each role lesson gets its title and sidebar order from
 * its role's record before the schema parses it (Starlight's schema requires a title), through
 * `withRoleFacts`, the function the tests' reader uses too. The fields a lesson wrote anyway are kept
 * with its data under `writtenFactsKey`, for the lessons check to refuse.
 */
export function withRoleLessonFacts(loader: Loader): Loader {
	return {
		...loader,
		load: async (context) => {
			const root = context.config.root;
			const folder = fileURLToPath(new URL(`${recordSources.roles.folder}/`, root));
			let records = await readRecords(folder);
			// Hashed once, not into every lesson's digest again.
			let recordsDigest = context.generateDigest(JSON.stringify([...records]));
			const loaded = loader.load({
				...context,
				// A stored entry is kept while its file's digest is unchanged, across builds too; a lesson's
				// data also comes from the role records, so a change to any of them must change the digest.
				generateDigest: (data) =>
					context.generateDigest(typeof data === 'string' ? `${data}\u0000${recordsDigest}` : data),
				parseData: async (props) => {
					const roleId = roleOfLesson(props.id);
					if (roleId === undefined) return context.parseData(props);
					const role = factsOf(
						projectFile(root, props.filePath ?? props.id),
						roleId,
						records.get(roleId),
					);
					const { front, written } = withRoleFacts(props.data, role);
					const data = await context.parseData({ ...props, data: front as typeof props.data });
					return written.length > 0 ? { ...data, [writtenFactsKey]: written } : data;
				},
			});
			// In `astro dev`, a changed role record reloads its lesson as a change to the lesson would.
			const reload = async (changed: string) => {
				const roleId = /([^/\\]+)\.ya?ml$/.exec(changed)?.[1];
				if (roleId === undefined || !changed.startsWith(folder)) return;
				records = await readRecords(folder);
				recordsDigest = context.generateDigest(JSON.stringify([...records]));
				const lesson = ['mdx', 'md']
					.map((ext) =>
						fileURLToPath(
							new URL(`${lessonSource.folder}/${roleLessonFolder}/${roleId}.${ext}`, root),
						),
					)
					.find(existsSync);
				if (lesson) context.watcher?.emit('change', lesson);
			};
			for (const event of ['add', 'change', 'unlink']) context.watcher?.on(event, reload);
			return loaded;
		},
	};
}
