import { getCollection } from 'astro:content';
import { positionKey } from '../ingest/recordList';
import { throwIfProblems } from '../ingest/guideError';
import { type Guide, buildGuide } from './guideModel';
import { findProblems } from './checks';
import { statementsFile } from '../ingest/guideInput';

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
	const [roles, skills, tools, groups, sources, figures, docs, statements, pairs, pay, resources, backgrounds, interviews, projects] = await Promise.all([
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
	const located = <T>(entries: { id: string; filePath?: string | undefined; data: T }[], fallback: (id: string) => string) =>
		[...entries]
			.sort((a, b) => position(a.data) - position(b.data))
			.map((e) => {
				const { [positionKey]: _, ...data } = e.data as T & Record<string, unknown>;
				return { id: e.id, file: e.filePath ?? fallback(e.id), data: data as T };
			});
	const input = {
		roles: located(roles, (id) => `content/data/roles/${id}.yaml`),
		skills: located(skills, () => 'content/data/skills.yaml'),
		tools: located(tools, () => 'content/data/tools.yaml'),
		groups: located(groups, () => 'content/data/groups.yaml'),
		sources: located(sources, () => 'content/data/sources.yaml'),
		figures: located(figures, () => 'content/data/figures.yaml'),
		lessons: located(
			docs.map((e) => ({ ...e, data: { ...e.data, body: e.body } })),
			(id) => `content/${id}.mdx`,
		),
		statements: located(statements, () => statementsFile),
		pairs: located(pairs, () => 'content/data/pairs.yaml'),
		pay: located(pay, () => 'content/data/pay.yaml'),
		resources: located(resources, () => 'content/data/resources.yaml'),
		backgrounds: located(backgrounds, () => 'content/data/backgrounds.yaml'),
		interviews: located(interviews, (id) => `content/data/interviews/${id}.yaml`),
		projects: located(projects, () => 'content/data/projects.yaml'),
	};
	throwIfProblems(findProblems(input));
	return buildGuide(input);
}
