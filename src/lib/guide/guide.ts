import { getCollection } from 'astro:content';
import { positionKey } from '../ingest/recordList';
import { throwIfProblems } from '../ingest/guideError';
import { type Guide, buildGuide } from './guideModel';
import { findProblems } from './checks';
import { lessonSource, recordFile, recordSources } from '../ingest/sources';
import { type WrittenFact, writtenFactsKey } from '../ingest/roleLessonFacts';

let loaded: Promise<Guide> | undefined;

/**
 * The guide's data, loaded from the content collections once per build, checked for cross-record
 * mistakes (failing the build with every problem listed), and indexed by id.
 */
export function getGuide(): Promise<Guide> {
	loaded ??= loadGuide();
	return loaded;
}

async function loadGuide(): Promise<Guide> {
	const [
		roles,
		skills,
		tools,
		groups,
		sources,
		figures,
		docs,
		statements,
		pairs,
		pay,
		resources,
		backgrounds,
		interviews,
		projects,
	] = await Promise.all([
		getCollection('roles'),
		getCollection('skills'),
		getCollection('tools'),
		getCollection('groups'),
		getCollection('sources'),
		getCollection('figures'),
		getCollection('docs'),
		getCollection('statements'),
		getCollection('pairs'),
		getCollection('pay'),
		getCollection('resources'),
		getCollection('backgrounds'),
		getCollection('interviews'),
		getCollection('projects'),
	]);
	// Records from YAML lists come back in id order; put them back in the order of their file.
	const position = (data: unknown) => (data as Record<string, number>)[positionKey] ?? 0;
	const located = <T>(
		entries: { id: string; filePath?: string | undefined; data: T }[],
		fallback: (id: string) => string,
	) =>
		[...entries]
			.sort((a, b) => position(a.data) - position(b.data))
			.map((e) => {
				const { [positionKey]: _, ...data } = e.data as T & Record<string, unknown>;
				return { id: e.id, file: e.filePath ?? fallback(e.id), data: data as T };
			});
	const input = {
		roles: located(roles, (id) => recordFile(recordSources.roles, id)),
		skills: located(skills, (id) => recordFile(recordSources.skills, id)),
		tools: located(tools, (id) => recordFile(recordSources.tools, id)),
		groups: located(groups, (id) => recordFile(recordSources.groups, id)),
		sources: located(sources, (id) => recordFile(recordSources.sources, id)),
		figures: located(figures, (id) => recordFile(recordSources.figures, id)),
		lessons: located(
			docs.map((e) => {
				const { [writtenFactsKey]: writtenFacts, ...data } = e.data as typeof e.data & {
					[writtenFactsKey]?: WrittenFact[];
				};
				return { ...e, data: { ...data, body: e.body, ...(writtenFacts && { writtenFacts }) } };
			}),
			(id) => `${lessonSource.folder}/${id}.mdx`,
		),
		statements: located(statements, (id) => recordFile(recordSources.statements, id)),
		pairs: located(pairs, (id) => recordFile(recordSources.pairs, id)),
		pay: located(pay, (id) => recordFile(recordSources.pay, id)),
		resources: located(resources, (id) => recordFile(recordSources.resources, id)),
		backgrounds: located(backgrounds, (id) => recordFile(recordSources.backgrounds, id)),
		interviews: located(interviews, (id) => recordFile(recordSources.interviews, id)),
		projects: located(projects, (id) => recordFile(recordSources.projects, id)),
	};
	throwIfProblems(findProblems(input));
	return buildGuide(input);
}
