import { describe, expect, test } from 'vitest';
import { formatProblem, throwIfProblems } from '~/lib/guideError';
import { findProblems, type GuideInput } from '~/lib/integrity';
import { validGuide } from '../fixtures/guide';

/** Applies a change to a fresh valid guide and returns the formatted problems found. */
function problemsAfter(change: (guide: GuideInput) => void): string[] {
	const guide = validGuide();
	change(guide);
	return findProblems(guide).map(formatProblem);
}

describe('findProblems', () => {
	test('a consistent guide has no problems', () => {
		expect(findProblems(validGuide())).toEqual([]);
	});

	test('an unknown tool id is reported with a did-you-mean', () => {
		expect(problemsAfter((g) => g.roles[0]!.data.tools.push({ id: 'dokcer' }))).toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → tools[1] = "dokcer": is not the id of a tool
			    Fix: Did you mean "docker"? Otherwise add the tool to content/data/tools.yaml.",
			]
		`);
	});

	test('a skill listed as a tool (and the reverse) says where it belongs', () => {
		expect(
			problemsAfter((g) => {
				g.roles[0]!.data.tools.push({ id: 'python' });
				g.roles[0]!.data.skills.push({ id: 'pandas' });
			})
		).toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → skills[2] = "pandas": is a tool, not a skill
			    Fix: Move it to the role's "tools" list.",
			  "content/data/roles/ml-engineer.yaml → tools[1] = "python": is a skill, not a tool
			    Fix: Move it to the role's "skills" list.",
			]
		`);
	});

	test('an alias of a skill finds its id', () => {
		expect(problemsAfter((g) => g.roles[1]!.data.skills.push({ id: 'stats' }))[0]).toContain('Did you mean "statistics"?');
	});

	test('unknown related roles, sources and figure roles are reported', () => {
		expect(
			problemsAfter((g) => {
				g.roles[0]!.data.related.push('data-scientst', 'ml-engineer');
				g.roles[0]!.data.sources.push('corse');
				g.figures[0]!.data.roles.push('mle-engineer');
			})
		).toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → related[1] = "data-scientst": is not the id of a role
			    Fix: Did you mean "data-scientist"? Otherwise add the role as content/data/roles/<id>.yaml.",
			  "content/data/roles/ml-engineer.yaml → related[2] = "ml-engineer": is the role itself
			    Fix: List other roles only.",
			  "content/data/roles/ml-engineer.yaml → sources[1] = "corse": is not the id of a source
			    Fix: Did you mean "course"? Otherwise add the source to content/data/sources.yaml.",
			  "content/data/figures.yaml → (entry "growth").roles[1] = "mle-engineer": is not the id of a role
			    Fix: Did you mean "ml-engineer"? Otherwise add the role as content/data/roles/<id>.yaml.",
			]
		`);
	});

	test('duplicate entries, orders and short names are reported', () => {
		expect(
			problemsAfter((g) => {
				g.roles[0]!.data.skills.push({ id: 'python' });
				g.roles[1]!.data.order = 1;
				g.roles[1]!.data.shortNames.push('MLE');
			})
		).toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → skills[2] = "python": is listed twice in this role
			    Fix: Remove the second entry.",
			  "content/data/roles/data-scientist.yaml → order = 1: is also the order of role "ml-engineer"
			    Fix: Give each role its own position.",
			  "content/data/roles/data-scientist.yaml → shortNames[1] = "MLE": also names role "ml-engineer"
			    Fix: Each short name must lead to one role: remove it from one of them.",
			]
		`);
	});

	test('catalogue entries used by no role, or claimed twice, are reported', () => {
		expect(
			problemsAfter((g) => {
				g.roles[1]!.data.skills = g.roles[1]!.data.skills.filter((s) => s.id !== 'sql');
				g.tools.push({ ...g.tools[0]!, id: 'sql', data: { ...g.tools[0]!.data, id: 'sql', name: 'Structured Query', aliases: ['stats'] } });
			})
		).toMatchInlineSnapshot(`
			[
			  "content/data/skills.yaml → (entry "sql").id = "sql": is also the id of a tool in content/data/tools.yaml
			    Fix: An entry is either a skill or a tool: keep one of them.",
			  "content/data/skills.yaml → (entry "sql") = "sql": is used by no role
			    Fix: Add it to the "skills" of the roles that need it, or remove it from the catalogue.",
			  "content/data/tools.yaml → (entry "sql") = "sql": is used by no role
			    Fix: Add it to the "tools" of the roles that use it, or remove it from the catalogue.",
			  "content/data/tools.yaml → (entry "sql").aliases = "stats": also names "statistics"
			    Fix: A name or alias must identify one catalogue entry: remove it from one of them.",
			]
		`);
	});

	test('a role without a lesson, and a lesson whose role does not exist or does not match its file', () => {
		expect(
			problemsAfter((g) => {
				g.lessons[1]!.data.role = 'data-scientists';
			})
		).toMatchInlineSnapshot(`
			[
			  "content/roles/data-scientist.mdx → role = "data-scientists": does not match the file name "data-scientist"
			    Fix: Name the file content/roles/data-scientists.mdx, or set "role: data-scientist".",
			  "content/roles/data-scientist.mdx → role = "data-scientists": is not the id of a role
			    Fix: Did you mean "data-scientist"? Otherwise add the role as content/data/roles/<id>.yaml.",
			  "content/data/roles/data-scientist.yaml → (record) = "data-scientist": has no lesson
			    Fix: Create content/roles/data-scientist.mdx with "role: data-scientist" in its frontmatter.",
			]
		`);
	});

	test('lesson metadata and links between lessons are checked', () => {
		expect(
			problemsAfter((g) => {
				g.lessons.push({ id: 'lessons/ai-vs-ml', file: 'content/lessons/ai-vs-ml.mdx', data: { title: 'AI vs ML', prerequisites: ['roles/ml-enginer'], next: 'lessons/ai-vs-ml', role: 'ml-engineer' } });
			})
		).toMatchInlineSnapshot(`
			[
			  "content/lessons/ai-vs-ml.mdx → readingTime: is missing: every lesson states its estimated reading time
			    Fix: Add "readingTime: <minutes>" to the frontmatter (a whole number, 1 to 120).",
			  "content/lessons/ai-vs-ml.mdx → outcomes: is missing: every lesson lists what the reader can do after it
			    Fix: Add "outcomes:" with at least one item to the frontmatter.",
			  "content/lessons/ai-vs-ml.mdx → role = "ml-engineer": is set on a lesson outside content/roles/
			    Fix: Move the lesson to content/roles/ml-engineer.mdx, or remove "role".",
			  "content/lessons/ai-vs-ml.mdx → prerequisites[0] = "roles/ml-enginer": is not the id of a lesson
			    Fix: Did you mean "roles/ml-engineer"? Otherwise use the lesson's path under content/ without the extension.",
			  "content/lessons/ai-vs-ml.mdx → next = "lessons/ai-vs-ml": is the lesson itself
			    Fix: Point to another lesson, or remove "next".",
			]
		`);
	});
});

describe('throwIfProblems', () => {
	test('throws one AstroError listing every problem, with a hint', () => {
		const problems = findProblems({ ...validGuide(), tools: [] });
		expect(() => throwIfProblems(problems)).toThrowErrorMatchingInlineSnapshot(`
			[AstroUserError: 2 problems in the guide's content and data:

			content/data/roles/ml-engineer.yaml → tools[0] = "docker": is not the id of a tool
			    Fix: Add the tool to content/data/tools.yaml.

			content/data/roles/data-scientist.yaml → tools[0] = "pandas": is not the id of a tool
			    Fix: Add the tool to content/data/tools.yaml.]
		`);
		try {
			throwIfProblems(problems);
		} catch (error) {
			expect((error as { hint?: string }).hint).toContain('README.md');
		}
		expect(() => throwIfProblems([])).not.toThrow();
	});
});
