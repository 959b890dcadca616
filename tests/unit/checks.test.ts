import { describe, expect, test } from 'vitest';
import { backgroundSchema } from '~/schemas/background';
import { formatProblem, throwIfProblems } from '~/lib/ingest/guideError';
import { findProblems } from '~/lib/guide/checks';
import { type GuideInput } from '~/lib/ingest/guideInput';
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
		expect(problemsAfter((g) => g.roles[0]!.data.tools.push({ id: 'dokcer', importance: 'core' })))
			.toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → tools[2].id = "dokcer": is not the id of a tool or group
			    Fix: Did you mean "docker"? Otherwise add the tool to content/data/tools.yaml.",
			]
		`);
	});

	test('a skill listed as a tool (and the reverse) says where it belongs', () => {
		expect(
			problemsAfter((g) => {
				g.roles[0]!.data.tools.push({ id: 'python', importance: 'core' });
				g.roles[0]!.data.skills.push({ id: 'pandas', importance: 'core' });
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → skills[2].id = "pandas": is a tool, not a skill
			    Fix: Move it to the role's "tools" list.",
			  "content/data/roles/ml-engineer.yaml → tools[2].id = "python": is a skill, not a tool
			    Fix: Move it to the role's "skills" list.",
			]
		`);
	});

	test('an alias of a skill finds its id', () => {
		expect(
			problemsAfter((g) => g.roles[1]!.data.skills.push({ id: 'stats', importance: 'core' }))[0],
		).toContain('Did you mean "statistics"?');
	});

	test('unknown related roles, sources and figure roles are reported', () => {
		expect(
			problemsAfter((g) => {
				g.roles[0]!.data.related.push('data-scientst', 'ml-engineer');
				g.roles[0]!.data.sources.push('corse');
				g.figures[0]!.data.roles.push('mle-engineer');
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → related[1] = "data-scientst": is not the id of a role
			    Fix: Did you mean "data-scientist"? Otherwise add the role as content/data/roles/<id>.yaml.",
			  "content/data/roles/ml-engineer.yaml → sources[1] = "corse": is not the id of a source
			    Fix: Did you mean "course"? Otherwise add the source to content/data/sources.yaml.",
			  "content/data/figures.yaml → (entry "growth").roles[1] = "mle-engineer": is not the id of a role
			    Fix: Did you mean "ml-engineer"? Otherwise add the role as content/data/roles/<id>.yaml.",
			  "content/data/roles/ml-engineer.yaml → related[2] = "ml-engineer": is the role itself
			    Fix: List other roles only.",
			]
		`);
	});

	test('duplicate entries, orders and short names are reported', () => {
		expect(
			problemsAfter((g) => {
				g.roles[0]!.data.skills.push({ id: 'python', importance: 'core' });
				g.roles[1]!.data.order = 1;
				g.roles[1]!.data.shortNames.push('MLE');
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → skills[2].id = "python": is listed twice in this role
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
				g.groups.push({
					id: 'sql-group',
					file: 'content/data/groups.yaml',
					data: { id: 'sql-group', name: 'Unused', members: ['python', 'statistics'] },
				});
				g.tools.push({
					...g.tools[0]!,
					id: 'sql',
					data: { ...g.tools[0]!.data, id: 'sql', name: 'Structured Query', aliases: ['stats'] },
				});
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/data/skills.yaml → (entry "sql").id = "sql": is also the id of an entry in content/data/tools.yaml
			    Fix: An id names one skill, tool or group: keep one of them.",
			  "content/data/tools.yaml → (entry "sql").aliases = "stats": also names "statistics"
			    Fix: A name or alias must identify one catalogue entry: remove it from one of them.",
			  "content/data/skills.yaml → (entry "sql") = "sql": is used by no role
			    Fix: Add it to the "skills" of the roles that need it (or to a group they require), or remove it.",
			  "content/data/tools.yaml → (entry "sql") = "sql": is used by no role
			    Fix: Add it to the "tools" of the roles that need it (or to a group they require), or remove it.",
			  "content/data/groups.yaml → (entry "sql-group") = "sql-group": is used by no role
			    Fix: Add it to the "skills" or "tools" of the roles that need it (or to a group they require), or remove it.",
			  "content/data/roles/data-scientist.yaml → roadmap[2].topics[0] = "sql": is not one of the role's skills or tools
			    Fix: Add it to the role's "tools" with its importance and level, or remove it from the roadmap.",
			]
		`);
	});

	test('a role without a lesson, and a lesson whose role does not exist or does not match its file', () => {
		expect(
			problemsAfter((g) => {
				g.lessons[1]!.data.role = 'data-scientists';
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/roles/data-scientist.mdx → role = "data-scientists": is not the id of a role
			    Fix: Did you mean "data-scientist"? Otherwise add the role as content/data/roles/<id>.yaml.",
			  "content/roles/data-scientist.mdx → role = "data-scientists": does not match the file name "data-scientist"
			    Fix: Name the file content/roles/data-scientists.mdx, or set "role: data-scientist".",
			  "content/data/roles/data-scientist.yaml → (record) = "data-scientist": has no lesson
			    Fix: Create content/roles/data-scientist.mdx with "role: data-scientist" in its frontmatter.",
			]
		`);
	});

	test("a role lesson does not write the title or sidebar order its record gives; a short name may not be another role's name", () => {
		expect(
			problemsAfter((g) => {
				g.lessons[0]!.data.writtenFacts = [{ field: 'title', value: 'ML Engineers' }];
				g.lessons[1]!.data.writtenFacts = [
					{ field: 'title', value: 'Data Scientist' },
					{ field: 'sidebar.order', value: 2 },
				];
				g.roles[0]!.data.shortNames.push('Data Scientist');
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → shortNames[1] = "Data Scientist": also names role "data-scientist"
			    Fix: Each short name must lead to one role: remove it from one of them.",
			  "content/roles/ml-engineer.mdx → title = "ML Engineers": is written in the lesson, but comes from the role's record: its name, "ML Engineer"
			    Fix: Delete the line; the title and order come from content/data/roles/ml-engineer.yaml.",
			  "content/roles/data-scientist.mdx → title = "Data Scientist": is written in the lesson, but comes from the role's record: its name, "Data Scientist"
			    Fix: Delete the line; the title and order come from content/data/roles/data-scientist.yaml.",
			  "content/roles/data-scientist.mdx → sidebar.order = 2: is written in the lesson, but comes from the role's record: its order, 2
			    Fix: Delete the line (and "sidebar:" if nothing else is under it); the title and order come from content/data/roles/data-scientist.yaml.",
			]
		`);
	});

	test('a role the self-assessment can point to but never rank first is reported', () => {
		expect(
			problemsAfter((g) => {
				// Data scientist keeps weight 1 in one statement, below ML engineer everywhere.
				g.statements[1]!.data.weights = [
					{ role: 'ml-engineer', weight: 3 },
					{ role: 'data-scientist', weight: 1 },
				];
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/data/roles/data-scientist.yaml → (record) = "data-scientist": never comes first in the self-assessment: no statement, alone or with one other, ranks it above every other role
			    Fix: Give the role weight 3 in a statement of content/data/statements.yaml that describes it better than any other role, or add such a statement.",
			]
		`);
	});

	test('lesson metadata and links between lessons are checked', () => {
		expect(
			problemsAfter((g) => {
				g.lessons.push({
					id: 'lessons/ai-vs-ml',
					file: 'content/lessons/ai-vs-ml.mdx',
					data: {
						title: 'AI vs ML',
						prerequisites: ['roles/ml-enginer'],
						next: 'lessons/ai-vs-ml',
						role: 'ml-engineer',
					},
				});
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/lessons/ai-vs-ml.mdx → prerequisites[0] = "roles/ml-enginer": is not the id of a lesson
			    Fix: Did you mean "roles/ml-engineer"? Otherwise use the lesson's path under content/ without the extension.",
			  "content/lessons/ai-vs-ml.mdx → readingTime: is missing: every lesson states its estimated reading time
			    Fix: Add "readingTime: <minutes>" to the frontmatter (a whole number, 1 to 120).",
			  "content/lessons/ai-vs-ml.mdx → description: is missing: every lesson has a description, which search results and link previews show
			    Fix: Add "description: <one sentence on what the lesson covers>" to the frontmatter (at least 20 characters).",
			  "content/lessons/ai-vs-ml.mdx → outcomes: is missing: every lesson lists what the reader can do after it
			    Fix: Add "outcomes:" with at least one item to the frontmatter.",
			  "content/lessons/ai-vs-ml.mdx → role = "ml-engineer": is set on a lesson outside content/roles/
			    Fix: Move the lesson to content/roles/ml-engineer.mdx, or remove "role".",
			  "content/lessons/ai-vs-ml.mdx → next = "lessons/ai-vs-ml": is the lesson itself
			    Fix: Point to another lesson, or remove "next".",
			]
		`);
	});

	test('a reference is checked wherever it is declared: implications, group members and pair summaries too', () => {
		expect(
			problemsAfter((g) => {
				g.tools[0]!.data.implies.push('pyhton');
				g.groups[0]!.data.members.push('jupiter');
				g.pairs[0]!.data.sources.push('cuorse');
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/data/tools.yaml → (entry "docker").implies[0] = "pyhton": is not the id of a skill, tool or group
			    Fix: Did you mean "python"? Otherwise add it to content/data/skills.yaml or content/data/tools.yaml.",
			  "content/data/groups.yaml → (entry "notebook-tool").members[2] = "jupiter": is not the id of a skill or tool
			    Fix: Did you mean "jupyter"? Otherwise add it to content/data/skills.yaml or content/data/tools.yaml.",
			  "content/data/pairs.yaml → (entry "ml-engineer-data-scientist").sources[1] = "cuorse": is not the id of a source
			    Fix: Did you mean "course"? Otherwise add the source to content/data/sources.yaml.",
			]
		`);
	});

	test('groups hold alternatives of one kind, sit in the matching list and are not listed beside their members', () => {
		expect(
			problemsAfter((g) => {
				g.groups.push({
					id: 'mixed',
					file: 'content/data/groups.yaml',
					data: { id: 'mixed', name: 'Mixed', members: ['python', 'docker'] },
				});
				g.roles[0]!.data.tools.push({ id: 'mixed', importance: 'plus' });
				g.roles[1]!.data.skills.push({ id: 'notebook-tool', importance: 'plus' });
				g.roles[1]!.data.tools.push({ id: 'pandas', importance: 'plus' });
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/data/groups.yaml → (entry "mixed").members = ["python","docker"]: mixes skills and tools
			    Fix: A group offers alternatives of one kind: make its members all skills or all tools.",
			  "content/data/roles/ml-engineer.yaml → tools[2].id = "mixed": is a group, and the role also lists its member "docker"
			    Fix: Require either the group (any member will do) or the specific member, not both.",
			  "content/data/roles/data-scientist.yaml → skills[3].id = "notebook-tool": is a group of tools, not of skills
			    Fix: Move it to the role's "tools" list.",
			  "content/data/roles/data-scientist.yaml → tools[0].id = "notebook-tool": is a group, and the role also lists its member "pandas"
			    Fix: Require either the group (any member will do) or the specific member, not both.",
			]
		`);
	});

	test("a requirement's use that restates its name, or repeats another's, is reported", () => {
		expect(
			problemsAfter((g) => {
				g.roles[0]!.data.skills[0]!.use = 'Docker for everything';
				g.roles[0]!.data.tools[0]!.use = 'docker for everything';
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → tools[0].use = "docker for everything": starts with the name "Docker", which the page already shows beside it
			    Fix: Say what the role does with it, e.g. "Automated tests and releases for models".",
			  "content/data/roles/ml-engineer.yaml → tools[0].use = "docker for everything": is also the use of "python"
			    Fix: Say what the role does with each one, or leave "use" out where there is nothing particular to say.",
			]
		`);
	});

	test('a cycle of implications fails, naming the ids along it', () => {
		expect(
			problemsAfter((g) => {
				g.skills[0]!.data.implies.push('sql');
				g.skills[2]!.data.implies.push('python');
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/data/skills.yaml → (entry "python").implies = ["python","sql"]: forms a cycle: python → sql → python
			    Fix: Implications say what an entry presupposes, so they cannot go round in a circle: remove the link that points back to an earlier entry.",
			]
		`);
	});

	test('every pair of core roles has one written summary', () => {
		expect(
			problemsAfter((g) =>
				g.pairs.push({
					...g.pairs[0]!,
					id: 'again',
					data: { ...g.pairs[0]!.data, id: 'again', roles: ['data-scientist', 'ml-engineer'] },
				}),
			),
		).toMatchInlineSnapshot(`
			[
			  "content/data/pairs.yaml → (entry "again").roles = ["data-scientist","ml-engineer"]: compares the same roles as entry "ml-engineer-data-scientist"
			    Fix: Keep one summary per pair of roles.",
			]
		`);
		expect(problemsAfter((g) => (g.pairs = []))).toMatchInlineSnapshot(`
			[
			  "content/data/pairs.yaml → (file) = ["ml-engineer","data-scientist"]: has no summary for this pair of core roles
			    Fix: Add an entry with "roles: [ml-engineer, data-scientist]" and two to four sentences on how the roles differ and what a move between them takes.",
			]
		`);
	});
});

describe('getting-hired checks', () => {
	test('an interview file named after no role, a repeated question id, and a core role short of questions or projects', () => {
		expect(
			problemsAfter((g) => {
				g.interviews[0]!.id = 'ml-enginer';
				g.interviews[1]!.data.questions[1]!.id = g.interviews[1]!.data.questions[0]!.id;
				g.interviews[1]!.data.questions.pop();
				g.projects.pop();
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/data/interviews/ml-engineer.yaml → (file name) = "ml-enginer": is not the id of a role
			    Fix: Did you mean "ml-engineer"? Otherwise name the file after the role it is for: content/data/interviews/<role id>.yaml.",
			  "content/data/interviews/data-scientist.yaml → questions[1].id = "data-scientist-q0": is also the id of a question in content/data/interviews/data-scientist.yaml
			    Fix: Give every question its own id, prefixed with the role, e.g. "mle-…".",
			  "content/data/interviews/ml-engineer.yaml → (file): is missing: every core role has its interview loop and practice questions
			    Fix: Create content/data/interviews/ml-engineer.yaml with "loop", "questions" (at least 12); what each level is expected to do belongs to the role's "ladder".",
			  "content/data/projects.yaml → (file) = "ml-engineer": has 2 project briefs for this core role
			    Fix: Add briefs with "ml-engineer" in their "roles" until there are at least 3.",
			  "content/data/interviews/data-scientist.yaml → questions = 11: has fewer than 12 questions
			    Fix: Add questions until there are at least 12, covering the role's core requirements.",
			  "content/data/projects.yaml → (file) = "data-scientist": has 2 project briefs for this core role
			    Fix: Add briefs with "data-scientist" in their "roles" until there are at least 3.",
			]
		`);
	});
});

describe('learning guidance checks', () => {
	test('a roadmap phase list that leaves out a requirement, lists a nice-to-have or repeats a topic', () => {
		expect(
			problemsAfter((g) => {
				const mle = g.roles[0]!.data;
				mle.skills.push({ id: 'sql', importance: 'plus', level: 'foundation' });
				mle.roadmap = [
					{ name: 'Data', goal: 'Loads data into tables.', topics: ['pandas', 'sql'] },
					{ name: 'Programming', goal: 'Writes Python every day.', topics: ['python', 'python'] },
					{ name: 'Containers', goal: 'Packages a service in an image.', topics: ['docker'] },
				];
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → roadmap[0].topics[1] = "sql": is a nice-to-have (importance: plus); nice-to-haves form the optional last phase by themselves
			    Fix: Remove it from this phase, or raise its importance in the role's "skills" if the role needs it.",
			  "content/data/roles/ml-engineer.yaml → roadmap[1].topics[1] = "python": is listed already, at roadmap[1].topics[0]
			    Fix: List each topic in one phase only: the one where it is taught.",
			  "content/data/roles/ml-engineer.yaml → roadmap = "statistics": does not list "statistics", an often-asked-for of the role
			    Fix: Add "statistics" to the phase where it is taught, after what it builds on.",
			]
		`);
	});

	test('a topic taught before what it builds on names both places', () => {
		expect(problemsAfter((g) => g.roles[0]!.data.roadmap.reverse())).toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → roadmap[2].topics[0] = "pandas": comes before "python" (roadmap[3].topics[0]), which it builds on
			    Fix: Move "python" to an earlier phase or before "pandas" in its phase, or move "pandas" later. What a topic builds on is its "implies" in content/data/tools.yaml.",
			]
		`);
	});

	test('a must-have that builds on a nice-to-have says which to raise', () => {
		expect(
			problemsAfter((g) => {
				const mle = g.roles[0]!.data;
				mle.skills = mle.skills.map((s) =>
					s.id === 'python' ? { ...s, importance: 'plus' as const } : s,
				);
				mle.roadmap = mle.roadmap.filter((p) => !p.topics.includes('python'));
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/data/roles/ml-engineer.yaml → roadmap[0].topics[0] = "pandas": builds on "python", which the role marks as a nice-to-have, so the optional last phase would teach it too late
			    Fix: Raise "python" to "importance: common" (or core) in the role's "skills" and place it in an earlier phase.",
			]
		`);
	});

	test('two statements worded alike are reported on the second', () => {
		expect(problemsAfter((g) => (g.statements[1]!.data.text = 'I like building RELIABLE systems')))
			.toMatchInlineSnapshot(`
			[
			  "content/data/statements.yaml → (entry "statistical-analysis").text = "I like building RELIABLE systems": is worded like "reliable-systems"
			    Fix: Word each statement differently, or merge the two.",
			]
		`);
	});

	test('an interview that tests what the roadmap does not teach is reported once per skill, with every place', () => {
		expect(
			problemsAfter((g) => g.interviews[0]!.data.questions.forEach((q) => (q.skills = ['sql']))),
		).toMatchInlineSnapshot(`
			[
			  "content/data/interviews/ml-engineer.yaml → questions[0].skills[0], questions[1].skills[0], questions[2].skills[0], questions[3].skills[0], questions[4].skills[0], questions[5].skills[0], questions[6].skills[0], questions[7].skills[0], questions[8].skills[0], questions[9].skills[0], questions[10].skills[0], questions[11].skills[0] = "sql": is tested here but is not on the ML Engineer roadmap
			    Fix: Add "sql" to the role's skills or tools in content/data/roles/ml-engineer.yaml (and to a roadmap phase unless it is a nice-to-have), or tag the stages and questions with what the roadmap teaches.",
			]
		`);
	});

	test('a pair summary whose declared step disagrees with the model, or that leaves a direction out', () => {
		expect(
			problemsAfter(
				(g) => (g.pairs[0]!.data.steps = { 'data-scientist': 'large', 'mlops-engineer': 'small' }),
			),
		).toMatchInlineSnapshot(`
			[
			  "content/data/pairs.yaml → (entry "ml-engineer-data-scientist").steps.mlops-engineer = "mlops-engineer": is not one of the pair's roles (ml-engineer, data-scientist)
			    Fix: Key each step by the id of the role moved to.",
			  "content/data/pairs.yaml → (entry "ml-engineer-data-scientist").steps.data-scientist = "large": says the move from ML Engineer to Data Scientist is large, but the guide's model makes it small: about 110–220 hours of must-haves and often-asked-fors to learn (small is up to 450 hours at the middle of the range, medium up to 1,700)
			    Fix: If the summary is right, fix the model: the two roles' requirements and levels, or the hours in the catalogue. If the model is right, change the step to "small" and reword the summary to match.",
			  "content/data/pairs.yaml → (entry "ml-engineer-data-scientist").steps = {"data-scientist":"large","mlops-engineer":"small"}: does not say how big the move from Data Scientist to ML Engineer is
			    Fix: Add "ml-engineer: small", "medium" or "large" to steps, as the summary describes that move.",
			]
		`);
	});
});

describe('prose agrees with the data', () => {
	test('a count of roles typed into prose is checked against the data', () => {
		expect(
			problemsAfter((g) => {
				g.lessons[0]!.data.body =
					'<Role.Summary />\n\nOf the five core roles, this one leans furthest towards engineering. The two core roles share a lot.';
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/roles/ml-engineer.mdx → body = "five core roles": counts 5 core roles, but the guide has 2
			    Fix: Leave the number out ("the core roles") or let a page compute it from the data: counts typed into prose go wrong when a role is added.",
			]
		`);
	});

	test('a sentence that calls a role entry-level must agree with its ladder, in lessons and in records', () => {
		expect(
			problemsAfter((g) => {
				// The ML engineer's ladder starts at a junior rung; the data scientist's is made to start at mid level.
				g.roles[1]!.data.ladder = g.roles[1]!.data.ladder.filter((s) => s.level !== 'junior');
				g.lessons[0]!.data.body =
					'<Role.Summary />\n\nData scientist posts are a realistic first job. True entry-level ML engineer posts are rare.\n\nA [Data Scientist](/roles/data-scientist/) role is rarely entry-level.';
				g.roles[0]!.data.entryRoutes = ['Graduates find entry-level data scientist posts easily.'];
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/roles/ml-engineer.mdx → body = "Data scientist posts are a realistic first job.": calls the Data Scientist role open at entry level, but its ladder (content/data/roles/data-scientist.yaml) starts at mid level: true entry-level posts are uncommon
			    Fix: Say that true entry-level posts are uncommon, or, if they are common, add a junior rung to the ladder so every page says so.",
			  "content/roles/ml-engineer.mdx → body = "True entry-level ML engineer posts are rare.": says entry into the ML Engineer role is uncommon or closed, but its ladder (content/data/roles/ml-engineer.yaml) starts with a junior rung
			    Fix: Reword the sentence, or, if entry-level posts really are uncommon, remove the junior rung from the ladder so every page says so.",
			  "content/data/roles/ml-engineer.yaml → entryRoutes[0] = "Graduates find entry-level data scientist posts easily.": calls the Data Scientist role open at entry level, but its ladder (content/data/roles/data-scientist.yaml) starts at mid level: true entry-level posts are uncommon
			    Fix: Say that true entry-level posts are uncommon, or, if they are common, add a junior rung to the ladder so every page says so.",
			]
		`);
	});

	test('a core role that no pay figure names is reported', () => {
		expect(problemsAfter((g) => (g.pay[0]!.data.roles = ['data-scientist'])))
			.toMatchInlineSnapshot(`
			[
			  "content/data/pay.yaml → (file) = "ml-engineer": shows no pay for the core role ML Engineer
			    Fix: Add "ml-engineer" to the roles of the official figure for the occupation that stands in for it (and say why in its mapping), or add a survey figure for the role itself.",
			]
		`);
	});
});

describe('throwIfProblems', () => {
	test('throws one AstroError listing every problem, with a hint', () => {
		const problems = findProblems({ ...validGuide(), tools: [] });
		expect(() => throwIfProblems(problems)).toThrowErrorMatchingInlineSnapshot(`
			[AstroUserError: 6 problems in the guide's content and data:

			content/data/roles/ml-engineer.yaml → tools[0].id = "docker": is not the id of a tool or group
			    Fix: Add the tool to content/data/tools.yaml.

			content/data/roles/ml-engineer.yaml → tools[1].id = "pandas": is not the id of a tool or group
			    Fix: Add the tool to content/data/tools.yaml.

			content/data/roles/ml-engineer.yaml → roadmap[1].topics[0] = "pandas": is not the id of a skill, tool or group
			    Fix: Add it to content/data/skills.yaml or content/data/tools.yaml.

			content/data/roles/ml-engineer.yaml → roadmap[3].topics[0] = "docker": is not the id of a skill, tool or group
			    Fix: Add it to content/data/skills.yaml or content/data/tools.yaml.

			content/data/groups.yaml → (entry "notebook-tool").members[0] = "pandas": is not the id of a skill or tool
			    Fix: Add it to content/data/skills.yaml or content/data/tools.yaml.

			content/data/groups.yaml → (entry "notebook-tool").members[1] = "jupyter": is not the id of a skill or tool
			    Fix: Add it to content/data/skills.yaml or content/data/tools.yaml.]
		`);
		try {
			throwIfProblems(problems);
		} catch (error) {
			expect((error as { hint?: string }).hint).toContain('CONTRIBUTING.md');
		}
		expect(() => throwIfProblems([])).not.toThrow();
	});
});

describe('rules about the content that the build enforces too', () => {
	test("a lesson's description is required and says something", () => {
		expect(
			problemsAfter((g) => {
				g.lessons[0]!.data.description = undefined;
				g.lessons[1]!.data.description = 'A role.';
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/roles/ml-engineer.mdx → description: is missing: every lesson has a description, which search results and link previews show
			    Fix: Add "description: <one sentence on what the lesson covers>" to the frontmatter (at least 20 characters).",
			  "content/roles/data-scientist.mdx → description = "A role.": is too short: at least 20 characters
			    Fix: Say in one sentence what the lesson covers.",
			]
		`);
	});

	test('a role lesson opens with its summary and shows each section’s data block', () => {
		const body = [
			'<Role.Summary />',
			'',
			'## What they do',
			'',
			'<Role.Responsibilities />',
			'',
			'## Skills',
			'',
			'Prose alone.',
			'',
			'## Sources',
			'',
			'<Role.Sources />',
			'',
		].join('\n');
		expect(problemsAfter((g) => (g.lessons[0]!.data.body = body))).toMatchInlineSnapshot(`
			[
			  "content/roles/ml-engineer.mdx → body → ## Skills: has no <Role.Skills />, so the section shows none of the role's data
			    Fix: Write "<Role.Skills />" in the section; see src/lib/guide/roleSections.ts.",
			]
		`);
		expect(
			problemsAfter(
				(g) =>
					(g.lessons[0]!.data.body = body
						.replace('<Role.Summary />', '')
						.replace('Prose alone.', '<Role.Skills />')),
			),
		).toMatchInlineSnapshot(`
			[
			  "content/roles/ml-engineer.mdx → body: has no <Role.Summary />
			    Fix: Put "<Role.Summary />" after the frontmatter and imports, before the first section.",
			]
		`);
	});

	test('every background is the start of a statement', () => {
		expect(
			problemsAfter((g) => {
				g.backgrounds.push({
					id: 'student',
					file: 'content/data/backgrounds.yaml',
					data: backgroundSchema.parse({
						id: 'student',
						name: 'Student',
						description: 'Someone still studying for a degree.',
						has: [{ id: 'python', level: 'foundation' }],
					}),
				});
			}),
		).toMatchInlineSnapshot(`
			[
			  "content/data/backgrounds.yaml → (entry "student") = "student": is the start of no statement, so the self-assessment does not offer it while the home page and the roadmaps do
			    Fix: Add a statement to content/data/statements.yaml with "group: background", "start: student" and a first-person text such as "I work as …".",
			]
		`);
	});

	test("a pair summary's words do not contradict its declared steps", () => {
		expect(
			problemsAfter(
				(g) =>
					(g.pairs[0]!.data.summary =
						'A long way round: few people make this move without a detour through analytics.'),
			),
		).toMatchInlineSnapshot(`
			[
			  "content/data/pairs.yaml → (entry "ml-engineer-data-scientist").summary = "A long way round: few people make this move without a detour through analytics.": calls the move "long", but neither of its steps is large
			    Fix: Reword the summary, or declare the long direction "large" in its steps.",
			]
		`);
		expect(
			problemsAfter((g) => {
				g.pairs[0]!.data.summary = 'A short move in either direction.';
				g.pairs[0]!.data.steps = { 'data-scientist': 'large', 'ml-engineer': 'small' };
			}),
		).toEqual(
			expect.arrayContaining([
				expect.stringContaining('calls the move "short", but its steps declare a large one'),
			]),
		);
	});
});
