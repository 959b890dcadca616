import type { z } from 'astro/zod';
import { type Skill, type Tool, skillSchema, toolSchema } from '~/schemas/catalogue';
import { type Figure, figureSchema } from '~/schemas/figure';
import { type Group, groupSchema } from '~/schemas/group';
import type { ReferenceTarget } from '~/schemas/ids';
import { type Resource, resourceSchema } from '~/schemas/resource';
import { type Background, backgroundSchema } from '~/schemas/background';
import { type Interview, interviewSchema } from '~/schemas/interview';
import { type Project, projectSchema } from '~/schemas/project';
import { type LessonData, lessonSchema } from '~/schemas/lesson';
import { type PairSummary, pairSummarySchema } from '~/schemas/pairSummary';
import { type Pay, paySchema } from '~/schemas/pay';
import { type RoleData, roleSchema } from '~/schemas/role';
import type { Source } from '~/schemas/source';
import { type Statement, statementSchema } from '~/schemas/statement';
import { type Candidate, didYouMean } from '~/util/didYouMean';
import type { Problem } from './guideError';
import { findCycle } from './graph';
import { scoreRoles } from '../browser/pathScore';
import { findReferences } from './references';
import { slugify } from '~/util/slugify';
import { listText } from '~/util/listText';
import { roadmapPhaseProblems } from './checks/roadmapPhases';
import { weighedStatements } from './statementWeights';
import { interviewCoverageProblems } from './checks/interviewCoverage';
import { pairStepProblems } from './checks/pairSteps';
import { topicConceptProblems } from './checks/topicConcepts';
import { proseCountProblems } from './checks/proseCounts';
import { entryLevelClaimProblems } from './checks/entryLevelClaims';
import { payCoverageProblems } from './checks/payCoverage';
import { roleLessonBlockProblems } from './checks/roleLessonBlocks';
import { pairWordingProblems } from './checks/pairWording';

/** A record together with where it was read from. */
export interface Located<T> {
	/** The record's id. */
	id: string;
	/** The file it was read from, relative to the project root. */
	file: string;
	/** The validated data. */
	data: T;
}

/** Lesson frontmatter plus the Starlight title that every lesson has. */
export type LessonRecord = LessonData & {
	title: string;
	description?: string | undefined;
	sidebar?: { order?: number | undefined } | undefined;
	/** The Markdown body, for the checks that read prose (counts, entry-level claims). */
	body?: string | undefined;
};

/** Everything the guide is built from, as loaded and validated field by field. */
export interface GuideInput {
	roles: Located<RoleData>[];
	skills: Located<Skill>[];
	tools: Located<Tool>[];
	/** Groups of alternative skills or tools that roles can require as one. */
	groups: Located<Group>[];
	sources: Located<Source>[];
	figures: Located<Figure>[];
	lessons: Located<LessonRecord>[];
	/** The self-assessment's statements, in file order; every role must be reachable from one. */
	statements: Located<Statement>[];
	/** Written summaries of role pairs; every pair of core roles has one. */
	pairs: Located<PairSummary>[];
	/** Pay and outlook figures for the occupations that stand in for roles. */
	pay: Located<Pay>[];
	/** Outside learning resources that skills and tools point to. */
	resources: Located<Resource>[];
	/** Starting points that are not roles, for personalised roadmaps. */
	backgrounds: Located<Background>[];
	/** Getting-hired data, one record a role (the id is the role's). */
	interviews: Located<Interview>[];
	/** Portfolio project briefs. */
	projects: Located<Project>[];
}

/** Where the self-assessment's statements live, for messages about them. */
export const statementsFile = 'content/data/statements.yaml';

/** Folder under `content/` that holds role lessons, one per role. */
export const roleLessonFolder = 'roles';

/** How to add a record of each kind, for "Otherwise …" fixes. */
const addTarget: Record<ReferenceTarget, string> = {
	role: 'add the role as content/data/roles/<id>.yaml.',
	skill: 'add the skill to content/data/skills.yaml.',
	tool: 'add the tool to content/data/tools.yaml.',
	group: 'add the group to content/data/groups.yaml.',
	source: 'add the source to content/data/sources.yaml.',
	lesson: "use the lesson's path under content/ without the extension.",
	resource: 'add the resource to content/data/resources.yaml.',
	background: 'add the background to content/data/backgrounds.yaml.',
};

const suggestion = (value: string, candidates: readonly Candidate[], fallback: string) => {
	const near = didYouMean(value, candidates);
	return near ? `Did you mean "${near}"? Otherwise ${fallback}` : fallback.charAt(0).toUpperCase() + fallback.slice(1);
};

/** A record with the schema it was validated with, for the reference walk. */
interface CheckedRecord {
	file: string;
	/** What stands before each field path: "" for a file that is one record, `(entry "id").` in a list. */
	prefix: string;
	schema: z.ZodType;
	data: unknown;
}

/** How a field of one entry of a list file is named in messages: `(entry "docker").`. */
export const entryPrefix = (id: string) => `(entry "${id}").`;

/** Every record of the guide with its schema, in the order problems are reported. */
function checkedRecords(input: GuideInput): CheckedRecord[] {
	const list = <T>(records: Located<T>[], schema: z.ZodType) => records.map((r) => ({ file: r.file, prefix: entryPrefix(r.id), schema, data: r.data }));
	return [
		...input.roles.map((r) => ({ file: r.file, prefix: '', schema: roleSchema as z.ZodType, data: r.data })),
		...list(input.skills, skillSchema),
		...list(input.tools, toolSchema),
		...list(input.groups, groupSchema),
		...list(input.figures, figureSchema),
		...list(input.statements, statementSchema),
		...list(input.pairs, pairSummarySchema),
		...list(input.pay, paySchema),
		...list(input.resources, resourceSchema),
		...list(input.backgrounds, backgroundSchema),
		...input.interviews.map((i) => ({ file: i.file, prefix: '', schema: interviewSchema as z.ZodType, data: i.data })),
		...list(input.projects, projectSchema),
		...input.lessons.map((l) => ({ file: l.file, prefix: '', schema: lessonSchema as z.ZodType, data: l.data })),
	];
}

/** The ids of each kind of record, with the names and aliases a mistyped id may have come from. */
function knownIds(input: GuideInput): Record<ReferenceTarget, Candidate[]> {
	return {
		role: input.roles.map((r) => ({ id: r.id, words: [r.data.name, ...r.data.shortNames] })),
		skill: input.skills.map((s) => ({ id: s.id, words: [s.data.name, ...s.data.aliases] })),
		tool: input.tools.map((t) => ({ id: t.id, words: [t.data.name, ...t.data.aliases] })),
		group: input.groups.map((g) => ({ id: g.id, words: [g.data.name] })),
		source: input.sources.map((s) => ({ id: s.id, words: [s.data.title] })),
		lesson: input.lessons.map((l) => ({ id: l.id, words: [l.data.title] })),
		resource: input.resources.map((r) => ({ id: r.id, words: [r.data.title] })),
		background: input.backgrounds.map((b) => ({ id: b.id, words: [b.data.name] })),
	};
}

/**
 * Checks every reference of every record against the ids that exist, generically: each reference
 * field is declared once with its schema (`idRefSchema`), so this one check covers them all. An id
 * of the wrong kind (a tool in a role's skills) says where it belongs; an unknown id gets a
 * did-you-mean over the ids, names and aliases of the kinds the field accepts.
 */
export function referenceProblems(input: GuideInput): Problem[] {
	const known = knownIds(input);
	const sets = Object.fromEntries(Object.entries(known).map(([kind, list]) => [kind, new Set(list.map((c) => c.id))])) as Record<ReferenceTarget, Set<string>>;
	const problems: Problem[] = [];
	for (const record of checkedRecords(input)) {
		for (const ref of findReferences(record.schema, record.data)) {
			if (ref.targets.some((target) => sets[target].has(ref.value))) continue;
			const field = record.prefix + ref.field;
			const wrongKind = (['skill', 'tool'] as const).find((kind) => !ref.targets.includes(kind) && sets[kind].has(ref.value));
			const roleList = /^(skills|tools)\[\d+\]\.id$/.test(ref.field);
			if (wrongKind && roleList) {
				const other = wrongKind === 'tool' ? 'tools' : 'skills';
				problems.push({ file: record.file, field, value: ref.value, message: `is a ${wrongKind}, not a ${wrongKind === 'tool' ? 'skill' : 'tool'}`, fix: `Move it to the role's "${other}" list.` });
				continue;
			}
			const candidates = ref.targets.flatMap((target) => known[target]);
			problems.push({
				file: record.file,
				field,
				value: ref.value,
				message: `is not the id of a ${listText(ref.targets, 'or')}`,
				fix: suggestion(
					ref.value,
					candidates,
					ref.targets.includes('skill') && ref.targets.includes('tool') ? 'add it to content/data/skills.yaml or content/data/tools.yaml.' : addTarget[ref.targets[0]!],
				),
			});
		}
	}
	return problems;
}

/** Two roles may not share a position in lists; each role lists a requirement once and never itself as related. */
export function roleListProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const orders = new Map<number, string>();
	for (const role of input.roles) {
		const { file, data } = role;
		const earlier = orders.get(data.order);
		if (earlier) problems.push({ file, field: 'order', value: data.order, message: `is also the order of role "${earlier}"`, fix: 'Give each role its own position.' });
		else orders.set(data.order, role.id);
		for (const list of ['skills', 'tools'] as const) {
			const seen = new Set<string>();
			data[list].forEach(({ id }, i) => {
				if (seen.has(id)) problems.push({ file, field: `${list}[${i}].id`, value: id, message: 'is listed twice in this role', fix: 'Remove the second entry.' });
				seen.add(id);
			});
		}
		data.related.forEach((id, i) => {
			if (id === role.id) problems.push({ file, field: `related[${i}]`, value: id, message: 'is the role itself', fix: 'List other roles only.' });
		});
	}
	return problems;
}

/**
 * A requirement's `use` says what the role does with it, so it adds to the name a reader already
 * sees beside it: it does not start with that name ("CI/CD: CI/CD for ML workflows"), and no two
 * requirements of a role share one ("An advanced topic…" three times says nothing).
 */
export function requirementUseProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const names = new Map([...input.skills, ...input.tools, ...input.groups].map((e) => [e.id, e.data.name]));
	for (const { file, data } of input.roles) {
		const seen = new Map<string, string>();
		for (const list of ['skills', 'tools'] as const) {
			data[list].forEach(({ id, use }, i) => {
				if (!use) return;
				const field = `${list}[${i}].use`;
				const name = names.get(id);
				if (name && new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z])`, 'i').test(use)) {
					problems.push({
						file,
						field,
						value: use,
						message: `starts with the name "${name}", which the page already shows beside it`,
						fix: 'Say what the role does with it, e.g. "Automated tests and releases for models".',
					});
				}
				const earlier = seen.get(use.toLowerCase());
				if (earlier)
					problems.push({
						file,
						field,
						value: use,
						message: `is also the use of ${earlier}`,
						fix: 'Say what the role does with each one, or leave "use" out where there is nothing particular to say.',
					});
				else seen.set(use.toLowerCase(), `"${id}"`);
			});
		}
	}
	return problems;
}

/**
 * A group's members are all skills or all tools, and a role requires skill groups under "skills"
 * and tool groups under "tools"; a role does not list a group and one of its members both.
 */
export function groupProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const skillIds = new Set(input.skills.map((s) => s.id));
	const toolIds = new Set(input.tools.map((t) => t.id));
	const kindOf = new Map<string, 'skill' | 'tool'>();
	for (const group of input.groups) {
		const kinds = new Set(group.data.members.map((m) => (skillIds.has(m) ? 'skill' : toolIds.has(m) ? 'tool' : undefined)).filter((k) => k !== undefined));
		if (kinds.size > 1) {
			problems.push({
				file: group.file,
				field: `${entryPrefix(group.id)}members`,
				value: group.data.members,
				message: 'mixes skills and tools',
				fix: 'A group offers alternatives of one kind: make its members all skills or all tools.',
			});
		} else if (kinds.size === 1) kindOf.set(group.id, [...kinds][0]!);
		const seen = new Set<string>();
		group.data.members.forEach((m, i) => {
			if (seen.has(m)) problems.push({ file: group.file, field: `${entryPrefix(group.id)}members[${i}]`, value: m, message: 'is listed twice in this group', fix: 'Remove the second entry.' });
			seen.add(m);
		});
	}
	const members = new Map(input.groups.map((g) => [g.id, g.data.members]));
	for (const role of input.roles) {
		for (const list of ['skills', 'tools'] as const) {
			const want = list === 'skills' ? 'skill' : 'tool';
			const ids = new Set(role.data[list].map((r) => r.id));
			role.data[list].forEach(({ id }, i) => {
				const kind = kindOf.get(id);
				if (kind && kind !== want) {
					problems.push({ file: role.file, field: `${list}[${i}].id`, value: id, message: `is a group of ${kind}s, not of ${want}s`, fix: `Move it to the role's "${kind}s" list.` });
				}
				const alsoListed = (members.get(id) ?? []).filter((m) => ids.has(m));
				if (alsoListed.length > 0) {
					problems.push({
						file: role.file,
						field: `${list}[${i}].id`,
						value: id,
						message: `is a group, and the role also lists its member${alsoListed.length > 1 ? 's' : ''} ${alsoListed.map((m) => `"${m}"`).join(', ')}`,
						fix: 'Require either the group (any member will do) or the specific member, not both.',
					});
				}
			});
		}
	}
	return problems;
}

/** What a skill or tool implies must not lead back to it: the implications are a prerequisite order. */
export function implicationProblems(input: GuideInput): Problem[] {
	const entries = [...input.skills, ...input.tools];
	const edges = new Map(entries.map((e) => [e.id, e.data.implies]));
	const problems: Problem[] = [];
	for (const entry of entries) {
		entry.data.implies.forEach((id, i) => {
			if (id === entry.id)
				problems.push({ file: entry.file, field: `${entryPrefix(entry.id)}implies[${i}]`, value: id, message: 'is the entry itself', fix: 'Remove it: an entry cannot presuppose itself.' });
		});
	}
	const cycle = findCycle(edges);
	if (cycle) {
		const first = entries.find((e) => e.id === cycle[0])!;
		problems.push({
			file: first.file,
			field: `${entryPrefix(first.id)}implies`,
			value: cycle,
			message: `forms a cycle: ${[...cycle, cycle[0]].join(' → ')}`,
			fix: 'Implications say what an entry presupposes, so they cannot go round in a circle: remove the link that points back to an earlier entry.',
		});
	}
	return problems;
}

/** One id, one meaning: no id is used by two kinds of catalogue record, and no name or alias names two entries. */
export function catalogueIdProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const owners = new Map<string, string>();
	for (const [records] of [[input.skills], [input.tools], [input.groups]] as const) {
		for (const record of records) {
			const earlier = owners.get(record.id);
			if (earlier)
				problems.push({
					file: earlier,
					field: `${entryPrefix(record.id)}id`,
					value: record.id,
					message: `is also the id of an entry in ${record.file}`,
					fix: 'An id names one skill, tool or group: keep one of them.',
				});
			else owners.set(record.id, record.file);
		}
	}
	const aliasOwners = new Map<string, string>();
	for (const entry of [...input.skills, ...input.tools]) {
		for (const word of [entry.data.name, ...entry.data.aliases]) {
			const key = word.toLowerCase();
			const owner = aliasOwners.get(key);
			if (owner && owner !== entry.id) {
				problems.push({
					file: entry.file,
					field: `${entryPrefix(entry.id)}aliases`,
					value: word,
					message: `also names "${owner}"`,
					fix: 'A name or alias must identify one catalogue entry: remove it from one of them.',
				});
			} else aliasOwners.set(key, entry.id);
		}
	}
	return problems;
}

/** Every skill, tool and group is required by some role, directly or as a member of a group a role requires. */
export function orphanProblems(input: GuideInput): Problem[] {
	const required = new Set(input.roles.flatMap((r) => [...r.data.skills, ...r.data.tools].map((q) => q.id)));
	const viaGroups = new Set(input.groups.filter((g) => required.has(g.id)).flatMap((g) => g.data.members));
	const problems: Problem[] = [];
	const check = (records: Located<unknown>[], list: string) => {
		for (const record of records) {
			if (required.has(record.id) || viaGroups.has(record.id)) continue;
			problems.push({
				file: record.file,
				field: `(entry "${record.id}")`,
				value: record.id,
				message: 'is used by no role',
				fix: `Add it to the "${list}" of the roles that need it (or to a group they require), or remove it.`,
			});
		}
	};
	check(input.skills, 'skills');
	check(input.tools, 'tools');
	check(input.groups, 'skills" or "tools');
	return problems;
}

/** Every role can be suggested by the self-assessment, and each statement weighs a role once. */
export function statementProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const suggested = new Set<string>();
	const weighed = weighedStatements(input);
	const texts = new Map<string, string>();
	for (const statement of input.statements) {
		const text = statement.data.text.toLowerCase();
		const earlier = texts.get(text);
		if (earlier)
			problems.push({
				file: statement.file,
				field: `${entryPrefix(statement.id)}text`,
				value: statement.data.text,
				message: `is worded like "${earlier}"`,
				fix: 'Word each statement differently, or merge the two.',
			});
		texts.set(text, statement.id);
	}
	input.statements.forEach((statement, n) => {
		const seen = new Set<string>();
		weighed[n]!.weights.forEach(({ role }, i) => {
			if (seen.has(role))
				problems.push({
					file: statement.file,
					field: `${entryPrefix(statement.id)}weights[${i}].role`,
					value: role,
					message: 'is listed twice in this statement',
					fix: 'Give each role one weight: remove the second entry.',
				});
			seen.add(role);
			suggested.add(role);
		});
	});
	for (const role of input.roles) {
		if (suggested.has(role.id)) continue;
		problems.push({
			file: role.file,
			field: '(record)',
			value: role.id,
			message: 'is pointed to by no statement, so the self-assessment can never suggest it',
			fix: `Add "{ role: ${role.id}, weight: 1 }" (up to 3) to the weights of the statements in ${statementsFile} that describe someone this role suits (its "fitsYouIf" lists them), or add such a statement.`,
		});
	}
	// The home page and the roadmaps offer every background as a start; the self-assessment must too.
	const starts = new Set(input.statements.map((s) => s.data.start));
	for (const background of input.backgrounds) {
		if (starts.has(background.id)) continue;
		problems.push({
			file: background.file,
			field: `(entry "${background.id}")`,
			value: background.id,
			message: 'is the start of no statement, so the self-assessment does not offer it while the home page and the roadmaps do',
			fix: `Add a statement to ${statementsFile} with "group: background", "start: ${background.id}" and a first-person text such as "I work as …".`,
		});
	}
	// Pointed to is not enough: a reader must be able to reach each role as the best fit, with one or two ticks.
	const statements = weighed;
	const roles = [...input.roles].sort((a, b) => a.data.order - b.data.order).map((r) => ({ id: r.id }));
	const ids = statements.map((s) => s.id);
	const pointedTo = input.roles.filter((r) => suggested.has(r.id)).length;
	const leaders = new Set<string>();
	const lead = (ticked: string[]) => {
		const first = scoreRoles(statements, ticked, roles)[0];
		if (first) leaders.add(first.roleId);
	};
	for (const a of ids) lead([a]);
	// Pairs only for what single statements do not reach, stopping once every role is reached.
	for (let i = 0; i < ids.length && leaders.size < pointedTo; i++) {
		for (let j = i + 1; j < ids.length; j++) lead([ids[i]!, ids[j]!]);
	}
	for (const role of input.roles) {
		if (!suggested.has(role.id) || leaders.has(role.id)) continue;
		problems.push({
			file: role.file,
			field: '(record)',
			value: role.id,
			message: 'never comes first in the self-assessment: no statement, alone or with one other, ranks it above every other role',
			fix: `Give the role weight 3 in a statement of ${statementsFile} that describes it better than any other role, or add such a statement.`,
		});
	}
	return problems;
}

/** Short names become redirects and search terms, so each must lead to exactly one role. */
export function shortNameProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	// A role's id and its name both lead to it (its page, and the redirect from its name's address).
	const owners = new Map<string, string>(
		input.roles.flatMap(
			(r) =>
				[
					[r.id, r.id],
					[slugify(r.data.name), r.id],
				] as const,
		),
	);
	for (const role of input.roles) {
		role.data.shortNames.forEach((name, i) => {
			const key = slugify(name);
			const owner = owners.get(key);
			if (owner && owner !== role.id)
				problems.push({ file: role.file, field: `shortNames[${i}]`, value: name, message: `also names role "${owner}"`, fix: 'Each short name must lead to one role: remove it from one of them.' });
			else owners.set(key, role.id);
		});
	}
	return problems;
}

/** The fewest characters a lesson's description has: it stands for the lesson in search results and link previews. */
export const minimumDescription = 20;

/** Each role has exactly one lesson, at `content/roles/<role>.mdx`; lessons state their reading time and outcomes and do not point at themselves. */
export function lessonProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const roleIds = new Set(input.roles.map((r) => r.id));
	const roleById = new Map(input.roles.map((r) => [r.id, r.data]));
	const lessonByRole = new Set<string>();
	for (const lesson of input.lessons) {
		const { file, data } = lesson;
		const [folder, name] = lesson.id.split('/');
		if (data.readingTime === undefined)
			problems.push({
				file,
				field: 'readingTime',
				message: 'is missing: every lesson states its estimated reading time',
				fix: 'Add "readingTime: <minutes>" to the frontmatter (a whole number, 1 to 120).',
			});
		if (data.description === undefined)
			problems.push({
				file,
				field: 'description',
				message: 'is missing: every lesson has a description, which search results and link previews show',
				fix: 'Add "description: <one sentence on what the lesson covers>" to the frontmatter (at least 20 characters).',
			});
		else if (data.description.length < minimumDescription)
			problems.push({
				file,
				field: 'description',
				value: data.description,
				message: `is too short: at least ${minimumDescription} characters`,
				fix: 'Say in one sentence what the lesson covers.',
			});
		if (data.outcomes === undefined)
			problems.push({ file, field: 'outcomes', message: 'is missing: every lesson lists what the reader can do after it', fix: 'Add "outcomes:" with at least one item to the frontmatter.' });
		if (folder === roleLessonFolder) {
			if (!data.role)
				problems.push({
					file,
					field: 'role',
					message: 'is missing: a lesson in content/roles/ presents a role',
					fix: `Add "role: ${name}" to the frontmatter, or move the lesson to content/lessons/.`,
				});
			else if (data.role !== name)
				problems.push({ file, field: 'role', value: data.role, message: `does not match the file name "${name}"`, fix: `Name the file content/roles/${data.role}.mdx, or set "role: ${name}".` });
		} else if (data.role) {
			problems.push({ file, field: 'role', value: data.role, message: 'is set on a lesson outside content/roles/', fix: `Move the lesson to content/roles/${data.role}.mdx, or remove "role".` });
		}
		if (data.role && roleIds.has(data.role)) lessonByRole.add(data.role);
		// The sidebar and the page title come from the lesson, every table from the record: they must agree.
		const record = data.role ? roleById.get(data.role) : undefined;
		if (record && data.title !== record.name)
			problems.push({
				file,
				field: 'title',
				value: data.title,
				message: `differs from the role's name "${record.name}" in its record`,
				fix: `Set "title: ${record.name}", or rename the role in content/data/roles/${data.role}.yaml.`,
			});
		if (record && data.sidebar?.order !== record.order)
			problems.push({
				file,
				field: 'sidebar.order',
				value: data.sidebar?.order,
				message: `differs from the role's order ${record.order} in its record, so the sidebar would list the roles in another order than the tables`,
				fix: `Set "sidebar: { order: ${record.order} }" in the frontmatter.`,
			});
		data.prerequisites.forEach((id, i) => {
			if (id === lesson.id) problems.push({ file, field: `prerequisites[${i}]`, value: id, message: 'is the lesson itself', fix: 'Remove it.' });
		});
		if (data.next === lesson.id) problems.push({ file, field: 'next', value: data.next, message: 'is the lesson itself', fix: 'Point to another lesson, or remove "next".' });
	}
	for (const role of input.roles) {
		if (!lessonByRole.has(role.id))
			problems.push({ file: role.file, field: '(record)', value: role.id, message: 'has no lesson', fix: `Create content/roles/${role.id}.mdx with "role: ${role.id}" in its frontmatter.` });
	}
	return problems;
}

/** Each pair of roles has at most one written summary, and every pair of core roles has one. */
export function pairSummaryProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const key = (a: string, b: string) => [a, b].sort().join(' + ');
	const seen = new Map<string, string>();
	for (const pair of input.pairs) {
		const k = key(...pair.data.roles);
		const earlier = seen.get(k);
		if (earlier)
			problems.push({
				file: pair.file,
				field: `${entryPrefix(pair.id)}roles`,
				value: pair.data.roles,
				message: `compares the same roles as entry "${earlier}"`,
				fix: 'Keep one summary per pair of roles.',
			});
		else seen.set(k, pair.id);
	}
	const core = input.roles.filter((r) => r.data.tier === 'core');
	const file = input.pairs[0]?.file ?? 'content/data/pairs.yaml';
	for (const [i, a] of core.entries()) {
		for (const b of core.slice(i + 1)) {
			if (seen.has(key(a.id, b.id))) continue;
			problems.push({
				file,
				field: '(file)',
				value: [a.id, b.id],
				message: 'has no summary for this pair of core roles',
				fix: `Add an entry with "roles: [${a.id}, ${b.id}]" and two to four sentences on how the roles differ and what a move between them takes.`,
			});
		}
	}
	return problems;
}

/** A figure is only as good as its source: every pay figure and market figure cites a published source a reader can open. */
export function figureSourceProblems(input: GuideInput): Problem[] {
	const unpublished = new Map(input.sources.filter((s) => s.data.kind !== 'published').map((s) => [s.id, s]));
	const problems: Problem[] = [];
	for (const pay of input.pay) {
		if (unpublished.has(pay.data.source)) {
			problems.push({
				file: pay.file,
				field: `${entryPrefix(pay.id)}source`,
				value: pay.data.source,
				message: 'is an unpublished source',
				fix: 'A pay figure must link to the exact page it comes from: cite a published source with its https address.',
			});
		}
	}
	return problems;
}

/**
 * Learning resources: each is used by some skill or tool; no entry relies on paywalled material
 * alone; and every requirement of a core role can be learned from at least one resource (a group
 * through its members), so no topic of its roadmap is left without one.
 */
export function resourceProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const entries = [...input.skills, ...input.tools];
	const used = new Set(entries.flatMap((e) => e.data.resources));
	for (const resource of input.resources) {
		if (!used.has(resource.id))
			problems.push({
				file: resource.file,
				field: `(entry "${resource.id}")`,
				value: resource.id,
				message: 'is used by no skill or tool',
				fix: 'Add its id to the "resources" of the skills or tools it teaches, or remove it.',
			});
	}
	const free = new Map(input.resources.map((r) => [r.id, r.data.free]));
	for (const entry of entries) {
		if (entry.data.resources.length > 0 && !entry.data.resources.some((id) => free.get(id) !== false)) {
			problems.push({
				file: entry.file,
				field: `${entryPrefix(entry.id)}resources`,
				value: entry.data.resources,
				message: 'are all paid',
				fix: 'Add at least one free resource (official documentation, a free course or a free online book).',
			});
		}
	}
	const resourcesOf = new Map(entries.map((e) => [e.id, e.data.resources]));
	const members = new Map(input.groups.map((g) => [g.id, g.data.members]));
	for (const role of input.roles.filter((r) => r.data.tier === 'core')) {
		for (const list of ['skills', 'tools'] as const) {
			role.data[list].forEach(({ id }, i) => {
				const ids = members.get(id) ?? [id];
				// An unknown id is reported by the reference check; a missing resource would only add noise.
				if (!ids.every((m) => resourcesOf.has(m))) return;
				if (ids.some((m) => (resourcesOf.get(m) ?? []).length > 0)) return;
				problems.push({
					file: role.file,
					field: `${list}[${i}].id`,
					value: id,
					message: 'has no learning resource, so its roadmap topic would have none',
					fix: `Add resources to ${ids.length > 1 ? 'one of its members' : 'the entry'} in content/data/${list}.yaml (and content/data/resources.yaml).`,
				});
			});
		}
	}
	return problems;
}

/** The fewest practice questions and project briefs a core role has. */
export const minimumQuestions = 12;
export const minimumProjects = 3;

/**
 * Getting hired: interview files are named after roles; question ids are unique across roles (they are
 * anchors and skill pages link to them); every core role has its loop, at least twelve questions and
 * at least three project briefs.
 */
export function hiringProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const roleIds = new Map(input.roles.map((r) => [r.id, r]));
	const roleCandidates = input.roles.map((r) => ({ id: r.id, words: [r.data.name] }));
	const questionOwner = new Map<string, string>();
	for (const interview of input.interviews) {
		if (!roleIds.has(interview.id)) {
			problems.push({
				file: interview.file,
				field: '(file name)',
				value: interview.id,
				message: 'is not the id of a role',
				fix: suggestion(interview.id, roleCandidates, 'name the file after the role it is for: content/data/interviews/<role id>.yaml.'),
			});
		}
		interview.data.questions.forEach((q, i) => {
			const earlier = questionOwner.get(q.id);
			if (earlier)
				problems.push({
					file: interview.file,
					field: `questions[${i}].id`,
					value: q.id,
					message: `is also the id of a question in ${earlier}`,
					fix: 'Give every question its own id, prefixed with the role, e.g. "mle-…".',
				});
			else questionOwner.set(q.id, interview.file);
		});
	}
	const projectCount = new Map<string, number>();
	for (const project of input.projects) for (const r of project.data.roles) projectCount.set(r, (projectCount.get(r) ?? 0) + 1);
	for (const role of input.roles.filter((r) => r.data.tier === 'core')) {
		const interview = input.interviews.find((i) => i.id === role.id);
		const file = `content/data/interviews/${role.id}.yaml`;
		if (!interview)
			problems.push({
				file,
				field: '(file)',
				message: 'is missing: every core role has its interview loop and practice questions',
				fix: `Create ${file} with "loop", "questions" (at least ${minimumQuestions}); what each level is expected to do belongs to the role's "ladder".`,
			});
		else if (interview.data.questions.length < minimumQuestions) {
			problems.push({
				file,
				field: 'questions',
				value: interview.data.questions.length,
				message: `has fewer than ${minimumQuestions} questions`,
				fix: `Add questions until there are at least ${minimumQuestions}, covering the role's core requirements.`,
			});
		}
		const count = projectCount.get(role.id) ?? 0;
		if (count < minimumProjects)
			problems.push({
				file: 'content/data/projects.yaml',
				field: '(file)',
				value: role.id,
				message: `has ${count} project brief${count === 1 ? '' : 's'} for this core role`,
				fix: `Add briefs with "${role.id}" in their "roles" until there are at least ${minimumProjects}.`,
			});
	}
	return problems;
}

/** The named checks that together make the guide consistent, in the order their problems are listed. */
export const checks = [
	referenceProblems,
	roleListProblems,
	requirementUseProblems,
	groupProblems,
	implicationProblems,
	catalogueIdProblems,
	orphanProblems,
	statementProblems,
	shortNameProblems,
	lessonProblems,
	pairSummaryProblems,
	figureSourceProblems,
	resourceProblems,
	hiringProblems,
	roadmapPhaseProblems,
	interviewCoverageProblems,
	pairStepProblems,
	pairWordingProblems,
	topicConceptProblems,
	proseCountProblems,
	entryLevelClaimProblems,
	payCoverageProblems,
	roleLessonBlockProblems,
] as const;

/**
 * Finds every cross-record mistake that field-by-field validation cannot see, by running each named
 * check. Returns them all (an empty list when the guide is consistent).
 */
export function findProblems(input: GuideInput): Problem[] {
	return checks.flatMap((check) => check(input));
}
