import { AstroError } from 'astro/errors';
import { type CategoryId, categories } from '~/schemas/category';
import type { Skill, Tool } from '~/schemas/catalogue';
import type { Figure } from '~/schemas/figure';
import type { RoleData } from '~/schemas/role';
import type { Source } from '~/schemas/source';
import type { Statement } from '~/schemas/statement';
import { didYouMean } from './didYouMean';
import type { GuideInput, LessonRecord } from './integrity';
import { lessonPath, rolePath, skillPath, toolPath } from './paths';

/** A role as pages receive it: its data plus its id, source file and URL. */
export interface Role extends RoleData {
	id: string;
	file: string;
	/** The role page's URL (base path included). */
	url: string;
}

/** A skill or tool as pages receive it. */
export type CatalogueEntry = (({ kind: 'skill' } & Skill) | ({ kind: 'tool' } & Tool)) & {
	file: string;
	/** The entry's page URL (base path included). */
	pageUrl: string;
	/** The category's label. */
	categoryLabel: string;
};

/** A lesson as pages receive it. */
export interface Lesson extends LessonRecord {
	id: string;
	file: string;
	url: string;
}

/** The whole guide, indexed by id. Lookups of unknown ids throw, naming the id and the closest known one. */
export interface Guide {
	/** Every role, in display order. */
	roles: readonly Role[];
	/** Every skill, by category order then name. */
	skills: readonly CatalogueEntry[];
	/** Every tool, by category order then name. */
	tools: readonly CatalogueEntry[];
	sources: readonly Source[];
	/** Every market figure, in file order. */
	figures: readonly Figure[];
	lessons: readonly Lesson[];
	/** Every statement of the "Find your path" self-assessment, in file order. */
	statements: readonly Statement[];
	/** The figures that concern a role, in file order. */
	figuresOf(roleId: string): Figure[];
	role(id: string): Role;
	skill(id: string): CatalogueEntry;
	tool(id: string): CatalogueEntry;
	source(id: string): Source;
	lesson(id: string): Lesson;
}

const byCategoryThenName = (a: CatalogueEntry, b: CatalogueEntry) =>
	categories[a.category].order - categories[b.category].order || a.name.localeCompare(b.name, 'en');

function lookup<T>(kind: string, items: readonly T[], key: (item: T) => string): (id: string) => T {
	const map = new Map(items.map((item) => [key(item), item]));
	return (id) => {
		const found = map.get(id);
		if (found) return found;
		const near = didYouMean(id, [...map.keys()].map((k) => ({ id: k })));
		throw new AstroError(`Unknown ${kind} id "${id}".`, near ? `Did you mean "${near}"?` : `Known ${kind} ids: ${[...map.keys()].join(', ')}.`);
	};
}

/** Indexes validated guide input (see `findProblems`) for lookup by id. */
export function buildGuide(input: GuideInput): Guide {
	const roles: Role[] = input.roles
		.map((r) => ({ ...r.data, id: r.id, file: r.file, url: rolePath(r.id) }))
		.sort((a, b) => a.order - b.order);
	const entry = <K extends 'skill' | 'tool'>(kind: K, path: (id: string) => string) => (r: { id: string; file: string; data: Skill | Tool }) =>
		({ ...r.data, kind, file: r.file, pageUrl: path(r.id), categoryLabel: categories[r.data.category as CategoryId].label }) as CatalogueEntry;
	const skills = input.skills.map(entry('skill', skillPath)).sort(byCategoryThenName);
	const tools = input.tools.map(entry('tool', toolPath)).sort(byCategoryThenName);
	const sources = input.sources.map((s) => s.data);
	const figures = input.figures.map((f) => f.data);
	const lessons: Lesson[] = input.lessons.map((l) => ({ ...l.data, id: l.id, file: l.file, url: lessonPath(l.id) }));
	const statements = (input.statements ?? []).map((s) => s.data);
	return {
		roles,
		skills,
		tools,
		sources,
		figures,
		lessons,
		statements,
		figuresOf: (roleId) => figures.filter((f) => f.roles.includes(roleId)),
		role: lookup('role', roles, (r) => r.id),
		skill: lookup('skill', skills, (s) => s.id),
		tool: lookup('tool', tools, (t) => t.id),
		source: lookup('source', sources, (s) => s.id),
		lesson: lookup('lesson', lessons, (l) => l.id),
	};
}
