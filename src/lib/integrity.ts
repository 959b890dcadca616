import type { Skill, Tool } from '~/schemas/catalogue';
import type { Figure } from '~/schemas/figure';
import type { LessonData } from '~/schemas/lesson';
import type { RoleData } from '~/schemas/role';
import type { Source } from '~/schemas/source';
import type { Statement } from '~/schemas/statement';
import { type Candidate, didYouMean } from './didYouMean';
import type { Problem } from './guideError';

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
export type LessonRecord = LessonData & { title: string };

/** Everything the guide is built from, as loaded and validated field by field. */
export interface GuideInput {
	roles: Located<RoleData>[];
	skills: Located<Skill>[];
	tools: Located<Tool>[];
	sources: Located<Source>[];
	figures: Located<Figure>[];
	lessons: Located<LessonRecord>[];
	/** The self-assessment's statements, in file order; every role must be reachable from one. */
	statements: Located<Statement>[];
}

/** Where the self-assessment's statements live, for messages about them. */
export const statementsFile = 'content/data/statements.yaml';

/** Folder under `content/` that holds role lessons, one per role. */
export const roleLessonFolder = 'roles';

const suggestion = (value: string, candidates: readonly Candidate[], fallback: string) => {
	const near = didYouMean(value, candidates);
	return near ? `Did you mean "${near}"? Otherwise ${fallback}` : fallback.charAt(0).toUpperCase() + fallback.slice(1);
};

/**
 * Finds every cross-record mistake that field-by-field validation cannot see: references to ids that
 * do not exist, ids used twice, roles without lessons, lessons without roles, orphan catalogue entries,
 * clashing aliases and roles no self-assessment statement points to. Returns them all (an empty list
 * when the guide is consistent).
 */
export function findProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const roleIds = new Set(input.roles.map((r) => r.id));
	const skillIds = new Set(input.skills.map((s) => s.id));
	const toolIds = new Set(input.tools.map((t) => t.id));
	const sourceIds = new Set(input.sources.map((s) => s.id));
	const lessonIds = new Set(input.lessons.map((l) => l.id));

	const roleCandidates = input.roles.map((r) => ({ id: r.id, words: [r.data.name, ...r.data.shortNames] }));
	const skillCandidates = input.skills.map((s) => ({ id: s.id, words: [s.data.name, ...s.data.aliases] }));
	const toolCandidates = input.tools.map((t) => ({ id: t.id, words: [t.data.name, ...t.data.aliases] }));
	const sourceCandidates = input.sources.map((s) => ({ id: s.id, words: [s.data.title] }));
	const lessonCandidates = input.lessons.map((l) => ({ id: l.id, words: [l.data.title] }));

	const checkSource = (file: string, field: string, id: string) => {
		if (!sourceIds.has(id)) {
			problems.push({ file, field, value: id, message: 'is not the id of a source', fix: suggestion(id, sourceCandidates, 'add the source to content/data/sources.yaml.') });
		}
	};

	// Roles: every id they point to must exist, once.
	const orders = new Map<number, string>();
	for (const role of input.roles) {
		const { file, data } = role;
		const earlierOrder = orders.get(data.order);
		if (earlierOrder) {
			problems.push({ file, field: 'order', value: data.order, message: `is also the order of role "${earlierOrder}"`, fix: 'Give each role its own position.' });
		} else orders.set(data.order, role.id);

		const seenSkills = new Set<string>();
		data.skills.forEach(({ id }, i) => {
			const field = `skills[${i}]`;
			if (seenSkills.has(id)) problems.push({ file, field, value: id, message: 'is listed twice in this role', fix: 'Remove the second entry.' });
			seenSkills.add(id);
			if (skillIds.has(id)) return;
			if (toolIds.has(id)) {
				problems.push({ file, field, value: id, message: 'is a tool, not a skill', fix: 'Move it to the role\'s "tools" list.' });
				return;
			}
			problems.push({ file, field, value: id, message: 'is not the id of a skill', fix: suggestion(id, skillCandidates, 'add the skill to content/data/skills.yaml.') });
		});
		const seenTools = new Set<string>();
		data.tools.forEach(({ id }, i) => {
			const field = `tools[${i}]`;
			if (seenTools.has(id)) problems.push({ file, field, value: id, message: 'is listed twice in this role', fix: 'Remove the second entry.' });
			seenTools.add(id);
			if (toolIds.has(id)) return;
			if (skillIds.has(id)) {
				problems.push({ file, field, value: id, message: 'is a skill, not a tool', fix: 'Move it to the role\'s "skills" list.' });
				return;
			}
			problems.push({ file, field, value: id, message: 'is not the id of a tool', fix: suggestion(id, toolCandidates, 'add the tool to content/data/tools.yaml.') });
		});
		data.related.forEach((id, i) => {
			const field = `related[${i}]`;
			if (id === role.id) problems.push({ file, field, value: id, message: 'is the role itself', fix: 'List other roles only.' });
			else if (!roleIds.has(id)) problems.push({ file, field, value: id, message: 'is not the id of a role', fix: suggestion(id, roleCandidates, 'add the role as content/data/roles/<id>.yaml.') });
		});
		if (data.ratio) checkSource(file, 'ratio.source', data.ratio.source);
		data.stages.forEach((stage, i) => checkSource(file, `stages[${i}].source`, stage.source));
		if (data.market) checkSource(file, 'market.source', data.market.source);
		data.sources.forEach((id, i) => checkSource(file, `sources[${i}]`, id));
	}

	for (const figure of input.figures) {
		checkSource(figure.file, `(entry "${figure.id}").source`, figure.data.source);
		figure.data.roles.forEach((id, i) => {
			if (!roleIds.has(id)) problems.push({ file: figure.file, field: `(entry "${figure.id}").roles[${i}]`, value: id, message: 'is not the id of a role', fix: suggestion(id, roleCandidates, 'add the role as content/data/roles/<id>.yaml.') });
		});
	}

	// Statements: each points to roles that exist, once each, and every role can be suggested by one,
	// or the self-assessment could never rank it.
	const suggested = new Set<string>();
	for (const statement of input.statements) {
		const { file, id, data } = statement;
		const seen = new Set<string>();
		data.weights.forEach(({ role }, i) => {
			const field = `(entry "${id}").weights[${i}].role`;
			if (seen.has(role)) problems.push({ file, field, value: role, message: 'is listed twice in this statement', fix: 'Give each role one weight: remove the second entry.' });
			seen.add(role);
			if (roleIds.has(role)) suggested.add(role);
			else problems.push({ file, field, value: role, message: 'is not the id of a role', fix: suggestion(role, roleCandidates, 'add the role as content/data/roles/<id>.yaml.') });
		});
		if (data.source !== undefined) checkSource(file, `(entry "${id}").source`, data.source);
	}
	for (const role of input.roles) {
		if (!suggested.has(role.id)) {
			problems.push({
				file: role.file,
				field: '(record)',
				value: role.id,
				message: 'is pointed to by no statement, so the self-assessment can never suggest it',
				fix: `Add "{ role: ${role.id}, weight: 1 }" (up to 3) to the weights of the statements in ${statementsFile} that describe someone this role suits (its "fitsYouIf" lists them), or add such a statement.`,
			});
		}
	}

	// Short names become redirects and search terms, so each must lead to exactly one role.
	const nameOwners = new Map<string, string>(input.roles.map((r) => [r.id, r.id]));
	for (const role of input.roles) {
		role.data.shortNames.forEach((name, i) => {
			const key = slugify(name);
			const owner = nameOwners.get(key);
			if (owner && owner !== role.id) {
				problems.push({ file: role.file, field: `shortNames[${i}]`, value: name, message: `also names role "${owner}"`, fix: 'Each short name must lead to one role: remove it from one of them.' });
			} else nameOwners.set(key, role.id);
		});
	}

	// The catalogue: one id, one meaning; every entry used by some role.
	const usedSkills = new Set(input.roles.flatMap((r) => r.data.skills.map((s) => s.id)));
	const usedTools = new Set(input.roles.flatMap((r) => r.data.tools.map((t) => t.id)));
	for (const skill of input.skills) {
		if (toolIds.has(skill.id)) {
			const tool = input.tools.find((t) => t.id === skill.id)!;
			problems.push({ file: skill.file, field: `(entry "${skill.id}").id`, value: skill.id, message: `is also the id of a tool in ${tool.file}`, fix: 'An entry is either a skill or a tool: keep one of them.' });
		}
		if (!usedSkills.has(skill.id)) {
			problems.push({ file: skill.file, field: `(entry "${skill.id}")`, value: skill.id, message: 'is used by no role', fix: 'Add it to the "skills" of the roles that need it, or remove it from the catalogue.' });
		}
	}
	for (const tool of input.tools) {
		if (!usedTools.has(tool.id)) {
			problems.push({ file: tool.file, field: `(entry "${tool.id}")`, value: tool.id, message: 'is used by no role', fix: 'Add it to the "tools" of the roles that use it, or remove it from the catalogue.' });
		}
	}
	const aliasOwners = new Map<string, string>();
	for (const entry of [...input.skills, ...input.tools]) {
		for (const word of [entry.data.name, ...entry.data.aliases]) {
			const key = word.toLowerCase();
			const owner = aliasOwners.get(key);
			if (owner && owner !== entry.id) {
				problems.push({ file: entry.file, field: `(entry "${entry.id}").aliases`, value: word, message: `also names "${owner}"`, fix: 'A name or alias must identify one catalogue entry: remove it from one of them.' });
			} else aliasOwners.set(key, entry.id);
		}
	}

	// Lessons: each role has exactly one, at content/roles/<role>.mdx, and lesson links resolve.
	const lessonByRole = new Map<string, string>();
	for (const lesson of input.lessons) {
		const { file, data } = lesson;
		const [folder, name] = lesson.id.split('/');
		if (data.readingTime === undefined) {
			problems.push({ file, field: 'readingTime', message: 'is missing: every lesson states its estimated reading time', fix: 'Add "readingTime: <minutes>" to the frontmatter (a whole number, 1 to 120).' });
		}
		if (data.outcomes === undefined) {
			problems.push({ file, field: 'outcomes', message: 'is missing: every lesson lists what the reader can do after it', fix: 'Add "outcomes:" with at least one item to the frontmatter.' });
		}
		if (folder === roleLessonFolder) {
			if (!data.role) {
				problems.push({ file, field: 'role', message: 'is missing: a lesson in content/roles/ presents a role', fix: `Add "role: ${name}" to the frontmatter, or move the lesson to content/lessons/.` });
			} else if (data.role !== name) {
				problems.push({ file, field: 'role', value: data.role, message: `does not match the file name "${name}"`, fix: `Name the file content/roles/${data.role}.mdx, or set "role: ${name}".` });
			}
		} else if (data.role) {
			problems.push({ file, field: 'role', value: data.role, message: 'is set on a lesson outside content/roles/', fix: `Move the lesson to content/roles/${data.role}.mdx, or remove "role".` });
		}
		if (data.role) {
			if (!roleIds.has(data.role)) {
				problems.push({ file, field: 'role', value: data.role, message: 'is not the id of a role', fix: suggestion(data.role, roleCandidates, 'add the role as content/data/roles/<id>.yaml.') });
			} else lessonByRole.set(data.role, lesson.id);
		}
		data.prerequisites.forEach((id, i) => {
			const field = `prerequisites[${i}]`;
			if (id === lesson.id) problems.push({ file, field, value: id, message: 'is the lesson itself', fix: 'Remove it.' });
			else if (!lessonIds.has(id)) problems.push({ file, field, value: id, message: 'is not the id of a lesson', fix: suggestion(id, lessonCandidates, 'use the lesson\'s path under content/ without the extension.') });
		});
		if (data.next !== undefined) {
			if (data.next === lesson.id) problems.push({ file, field: 'next', value: data.next, message: 'is the lesson itself', fix: 'Point to another lesson, or remove "next".' });
			else if (!lessonIds.has(data.next)) problems.push({ file, field: 'next', value: data.next, message: 'is not the id of a lesson', fix: suggestion(data.next, lessonCandidates, 'use the lesson\'s path under content/ without the extension.') });
		}
	}
	for (const role of input.roles) {
		if (!lessonByRole.has(role.id)) {
			problems.push({ file: role.file, field: '(record)', value: role.id, message: 'has no lesson', fix: `Create content/roles/${role.id}.mdx with "role: ${role.id}" in its frontmatter.` });
		}
	}
	return problems;
}

/** Lower-case words joined by hyphens, as ids and URL slugs are written. @example slugify("ML Engineer") // "ml-engineer" */
export function slugify(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
