import { AstroError } from 'astro/errors';
import { type CategoryId, categories } from '~/schemas/category';
import type { Skill, Tool } from '~/schemas/catalogue';
import type { Figure } from '~/schemas/figure';
import type { Group } from '~/schemas/group';
import type { PairSummary } from '~/schemas/pairSummary';
import type { Pay } from '~/schemas/pay';
import type { Background } from '~/schemas/background';
import type { Resource } from '~/schemas/resource';
import type { Interview, Question } from '~/schemas/interview';
import type { Project } from '~/schemas/project';
import type { RoleData } from '~/schemas/role';
import type { Source } from '~/schemas/source';
import type { Statement } from '~/schemas/statement';
import { didYouMean } from '~/util/didYouMean';
import type { GuideInput, LessonRecord } from '../ingest/guideInput';
import { lessonPath, rolePath, skillPath, toolPath } from '../browser/paths';
import type { PlainRole, RequirementModel } from '../browser/transitions';
import { plainRole, requirementModel } from './requirementModel';
import { weighedStatements } from './statementWeights';

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

/** A group of alternatives as pages receive it, with its members resolved. */
export interface GroupEntry extends Group {
	kind: 'group';
	/** Whether its members are skills or tools. */
	memberKind: 'skill' | 'tool';
	/** The members, in the group's order. */
	entries: CatalogueEntry[];
	file: string;
}

/** What a role's requirement points to: a skill, a tool or a group of alternatives. */
export type RequirementTarget = CatalogueEntry | GroupEntry;

/** Alternatives as they read in text: "AWS, Google Cloud or Azure". */
export function alternatives(names: readonly string[]): string {
	return names.length < 2
		? (names[0] ?? '')
		: `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
}

/** A requirement as it reads in text: an entry's name, or a group with its members ("One cloud platform: AWS, Google Cloud or Azure"). */
export function requirementLabel(target: RequirementTarget): string {
	return target.kind === 'group'
		? `${target.name}: ${alternatives(target.entries.map((e) => e.name))}`
		: target.name;
}

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
	/** Every group of alternatives, in file order. */
	groups: readonly GroupEntry[];
	/** Written summaries of role pairs, in file order. */
	pairs: readonly PairSummary[];
	/** Starting points that are not roles, in file order. */
	backgrounds: readonly Background[];
	/** A role's getting-hired data, if it has any. */
	interviewOf(roleId: string): Interview | undefined;
	/** Every portfolio project brief, in file order. */
	projects: readonly Project[];
	/** Practice questions that test a skill or tool (directly or through a group it belongs to), with their role. */
	questionsAbout(entryId: string): { roleId: string; question: Question }[];
	/** A learning resource by id. */
	resource(id: string): Resource;
	/** Every pay figure, in file order. */
	pay: readonly Pay[];
	/** The pay figures shown on a role's page, in file order. */
	payOf(roleId: string): Pay[];
	/** The catalogue as the transition functions need it: implications, group members, hours. */
	model: RequirementModel;
	/** Every role as the transition functions need it: its requirements, skills then tools. */
	plainRoles: readonly PlainRole[];
	/** One role as the transition functions need it. */
	plainRole(id: string): PlainRole;
	/** The written summary of a pair of roles, in either order, if there is one. */
	pairSummary(a: string, b: string): PairSummary | undefined;
	/** A skill, tool or group by id. */
	requirement(id: string): RequirementTarget;
	group(id: string): GroupEntry;
	/** The figures that concern a role, in file order. */
	figuresOf(roleId: string): Figure[];
	role(id: string): Role;
	skill(id: string): CatalogueEntry;
	tool(id: string): CatalogueEntry;
	source(id: string): Source;
	lesson(id: string): Lesson;
	/** A portfolio project brief by id. */
	project(id: string): Project;
}

const byCategoryThenName = (a: CatalogueEntry, b: CatalogueEntry) =>
	categories[a.category].order - categories[b.category].order || a.name.localeCompare(b.name, 'en');

function lookup<T>(kind: string, items: readonly T[], key: (item: T) => string): (id: string) => T {
	const map = new Map(items.map((item) => [key(item), item]));
	return (id) => {
		const found = map.get(id);
		if (found) return found;
		const near = didYouMean(
			id,
			[...map.keys()].map((k) => ({ id: k })),
		);
		throw new AstroError(
			`Unknown ${kind} id "${id}".`,
			near ? `Did you mean "${near}"?` : `Known ${kind} ids: ${[...map.keys()].join(', ')}.`,
		);
	};
}

/** Indexes validated guide input (see `findProblems`) for lookup by id. */
export function buildGuide(input: GuideInput): Guide {
	const roles: Role[] = input.roles
		.map((r) => ({ ...r.data, id: r.id, file: r.file, url: rolePath(r.id) }))
		.sort((a, b) => a.order - b.order);
	const entry =
		<K extends 'skill' | 'tool'>(kind: K, path: (id: string) => string) =>
		(r: { id: string; file: string; data: Skill | Tool }) =>
			({
				...r.data,
				kind,
				file: r.file,
				pageUrl: path(r.id),
				categoryLabel: categories[r.data.category as CategoryId].label,
			}) as CatalogueEntry;
	const skills = input.skills.map(entry('skill', skillPath)).sort(byCategoryThenName);
	const tools = input.tools.map(entry('tool', toolPath)).sort(byCategoryThenName);
	const sources = input.sources.map((s) => s.data);
	const figures = input.figures.map((f) => f.data);
	const lessons: Lesson[] = input.lessons.map((l) => ({
		...l.data,
		id: l.id,
		file: l.file,
		url: lessonPath(l.id),
	}));
	const statements = weighedStatements(input);
	const entryById = new Map([...skills, ...tools].map((e) => [e.id, e]));
	const groups: GroupEntry[] = input.groups.map((g) => {
		const entries = g.data.members.map((m) => entryById.get(m)!);
		return {
			...g.data,
			kind: 'group',
			memberKind: entries[0]?.kind ?? 'tool',
			entries,
			file: g.file,
		};
	});
	const pairs = input.pairs.map((p) => p.data);
	const pairKey = (a: string, b: string) => [a, b].sort().join(' ');
	const pairIndex = new Map(pairs.map((p) => [pairKey(...p.roles), p]));
	const model: RequirementModel = requirementModel([...input.skills, ...input.tools], input.groups);
	const plainRoles: PlainRole[] = roles.map((r) => plainRole(r.id, r));
	const requirement = lookup<RequirementTarget>(
		'skill, tool or group',
		[...skills, ...tools, ...groups],
		(e) => e.id,
	);
	return {
		roles,
		skills,
		tools,
		sources,
		figures,
		lessons,
		statements,
		groups,
		pairs,
		model,
		plainRoles,
		plainRole: lookup('role', plainRoles, (r) => r.id),
		pairSummary: (a, b) => pairIndex.get(pairKey(a, b)),
		backgrounds: input.backgrounds.map((b) => b.data),
		interviewOf: (roleId) => input.interviews.find((i) => i.id === roleId)?.data,
		projects: input.projects.map((p) => p.data),
		questionsAbout: (entryId) => {
			const ids = new Set([
				entryId,
				...groups.filter((g) => g.members.includes(entryId)).map((g) => g.id),
			]);
			return input.interviews.flatMap((i) =>
				i.data.questions
					.filter((q) => q.skills.some((s) => ids.has(s)))
					.map((question) => ({ roleId: i.id, question })),
			);
		},
		resource: lookup(
			'resource',
			input.resources.map((r) => r.data),
			(r) => r.id,
		),
		pay: input.pay.map((p) => p.data),
		payOf: (roleId) => input.pay.map((p) => p.data).filter((p) => p.roles.includes(roleId)),
		requirement,
		group: lookup('group', groups, (g) => g.id),
		figuresOf: (roleId) => figures.filter((f) => f.roles.includes(roleId)),
		role: lookup('role', roles, (r) => r.id),
		skill: lookup('skill', skills, (s) => s.id),
		tool: lookup('tool', tools, (t) => t.id),
		source: lookup('source', sources, (s) => s.id),
		lesson: lookup('lesson', lessons, (l) => l.id),
		project: lookup(
			'project',
			input.projects.map((p) => p.data),
			(p) => p.id,
		),
	};
}
