/**
 * What a reader's search query asks for, read from the guide's own names. "become a data scientist",
 * "how much does a data engineer make", "mlops vs devops" and "which role uses spark" are questions
 * whose best answer is one or two pages; Pagefind, which matches every word of a query, answers them
 * badly on its own. `interpretQuery` reads a query into best answers, shown above the results, and a
 * full-text term for Pagefind with the question words taken out. The answers are added on top: the
 * ordinary results are always there too. Pure and browser-safe: the names arrive as a `SearchVocabulary`.
 */
import { editDistance } from '../../util/didYouMean';
import { pairSlug, sitePaths } from './paths';
import { aRole } from './transitionText';

/** The names search recognises, built from the data at build time (`searchVocabulary`). */
export interface SearchVocabulary {
	/** Every role, with the names a reader may call it by. */
	roles: {
		id: string;
		/** Display order, which decides a pair page's URL. */
		order: number;
		/** Its name first, then its short names. */
		names: string[];
		/** Whether it has a getting-hired page. */
		hiring: boolean;
		/** Whether its page shows pay figures (every role page has a market section that says so either way). */
		pay: boolean;
	}[];
	/** Every skill and tool, its name first, then its aliases, and its page's path inside the site. */
	entries: { names: string[]; path: string }[];
	/** Starting points that are not roles (a backend engineer, a data analyst), their name first. */
	backgrounds?: { id: string; names: string[] }[];
	/** Every portfolio project brief, in the order the guide lists them: its id (its page is `projects/<id>/`) and title. */
	projects?: { id: string; title: string }[];
}

/** A page that answers a query, shown above the full-text results. */
export interface Answer {
	/** Its path inside the site, with a section where one answers better. @example "roles/data-engineer/#the-market" */
	path: string;
	/** What the link says. @example "Data Engineer: pay and the market" */
	label: string;
}

/** What a query was read as. */
export interface Interpretation {
	/** The text to hand to Pagefind: the query without its question words, or as typed. */
	term: string;
	/** The pages that answer it best, first one first; empty when the query is just words. */
	answers: Answer[];
	/** Which kind of question it was. */
	intent:
		| 'role'
		| 'roadmap'
		| 'pay'
		| 'hiring'
		| 'entry-level'
		| 'pair'
		| 'entry'
		| 'project'
		| 'topic'
		| 'words';
}

// Words that say what a reader wants to know. The roles, skills and tools come from the data.
const intentWords = {
	pair: [
		'vs',
		'versus',
		'or',
		'and',
		'compare',
		'compared',
		'comparison',
		'difference',
		'differences',
		'between',
		'from',
		'switch',
		'move',
		'moving',
		'transition',
		'better',
		'which',
	],
	roadmap: [
		'roadmap',
		'roadmaps',
		'learn',
		'learning',
		'study',
		'curriculum',
		'syllabus',
		'plan',
		'self',
		'taught',
		'start',
		'started',
		'starting',
		'steps',
		'order',
		'path',
	],
	time: [
		'long',
		'time',
		'months',
		'month',
		'years',
		'year',
		'weeks',
		'hours',
		'fast',
		'quickly',
		'quick',
		'take',
		'takes',
	],
	course: [
		'course',
		'courses',
		'free',
		'resources',
		'resource',
		'tutorial',
		'tutorials',
		'books',
		'book',
		'videos',
		'mooc',
	],
	pay: [
		'salary',
		'salaries',
		'pay',
		'paid',
		'pays',
		'earn',
		'earns',
		'earning',
		'make',
		'makes',
		'much',
		'wage',
		'wages',
		'compensation',
		'income',
		'money',
		'rich',
	],
	hiring: [
		'home',
		'interview',
		'interviews',
		'hired',
		'hiring',
		'hire',
		'resume',
		'cv',
		'takehome',
		'questions',
		'question',
		'offer',
		'apply',
		'application',
	],
	projects: ['portfolio', 'projects', 'project'],
	entryLevel: [
		'degree',
		'without',
		'junior',
		'entry',
		'level',
		'graduate',
		'graduates',
		'bootcamp',
		'first',
		'beginner',
		'beginners',
		'newcomer',
		'fresher',
		'intern',
		'internship',
		'phd',
		'masters',
		'master',
		'ladder',
		'senior',
		'promotion',
	],
	market: [
		'market',
		'demand',
		'dying',
		'dead',
		'future',
		'remote',
		'hot',
		'growing',
		'growth',
		'outlook',
		'saturated',
		'oversaturated',
		'worth',
		'layoffs',
		'trend',
		'trends',
	],
	filler: [
		'become',
		'becoming',
		'be',
		'being',
		'career',
		'careers',
		'job',
		'jobs',
		'what',
		'whats',
		'does',
		'do',
		'did',
		'is',
		'are',
		'a',
		'an',
		'the',
		'how',
		'as',
		'role',
		'roles',
		'who',
		'day',
		'life',
		'of',
		'in',
		'i',
		'get',
		'getting',
		'into',
		'work',
		'works',
		'working',
		'description',
		'responsibilities',
		'need',
		'needs',
		'needed',
		'skills',
		'skill',
		'for',
		'to',
		'with',
		'use',
		'uses',
		'using',
		'used',
		'tool',
		'tools',
		'it',
		'can',
		'should',
		'my',
		'me',
		'you',
		'your',
		'there',
		'still',
		'good',
		'best',
		'top',
		'vs',
		'required',
		'require',
		'requires',
		'typical',
		'like',
		'am',
		'will',
		'would',
		'know',
		'on',
		'at',
		'by',
		'about',
		'worth',
		'explained',
		'guide',
		'mean',
		'means',
	],
};
type IntentKind = keyof typeof intentWords;
const wordSets = Object.fromEntries(
	Object.entries(intentWords).map(([k, v]) => [k, new Set(v)]),
) as Record<IntentKind, Set<string>>;
/** The one word that stands in the full-text term for each kind of question: every page about it uses that word. */
const canonicalWords: Partial<Record<IntentKind, string>> = {
	pay: 'pay',
	hiring: 'interview',
	// A role's projects are on its getting-hired page, which its interview word finds.
	projects: 'interview',
	entryLevel: 'entry',
	roadmap: 'roadmap',
	time: 'hours',
	course: 'resources',
	market: 'market',
};
/** Kinds of question whose own words pages use, so they are searched as typed. */
const topicTermAsTyped = new Set<IntentKind>(['entryLevel', 'roadmap', 'hiring']);
const isQuestionWord = (w: string) =>
	(Object.keys(wordSets) as IntentKind[]).some((k) => wordSets[k].has(w));
const hasAny = (rest: string[], kind: IntentKind) => rest.some((w) => wordSets[kind].has(w));

/** Lower-cased words of a text, split at anything but letters and digits ("ML/AI" → "ml", "ai"). */
function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/['’]s\b/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
}

/** A word without a plural ending, so "roles", "scientists" and "engineers" match their names. */
const singular = (w: string) =>
	w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;

// The name of a field stands for the people in it: "ml engineering" is asked about ML engineers.
const fieldOf: Record<string, string> = { engineering: 'engineer', science: 'scientist' };

/**
 * The words of the vocabulary a typed word may stand for: itself, its singular, the people of a
 * field, and words it is one typo from (two in words of ten letters or more). A typo keeps the first
 * letter, and a word that asks something ("difference", "between") is never a typo of a name:
 * "difference" is not "inference", nor "influence" either.
 */
function knownAs(typed: string, vocabulary: PreparedVocabulary, shortest: number): Set<string> {
	const known = new Set([typed, singular(typed), ...(fieldOf[typed] ? [fieldOf[typed]] : [])]);
	if (isQuestionWord(typed)) return known;
	for (const word of vocabulary.wordsByLetter.get(typed[0]!) ?? []) {
		if (word.length < shortest) continue;
		const limit = word.length < 10 ? 1 : 2;
		if (Math.abs(word.length - typed.length) <= limit && editDistance(typed, word) <= limit)
			known.add(word);
	}
	return known;
}

/** Where a name's words occur in a row among the query's words (not yet taken), or -1. */
function findName(query: Set<string>[], name: string[], taken: boolean[]): number {
	for (let start = 0; start + name.length <= query.length; start++) {
		if (name.every((w, i) => !taken[start + i] && query[start + i]!.has(w))) return start;
	}
	return -1;
}

type VocabularyRole = SearchVocabulary['roles'][number];
/** A vocabulary's names split into words, once: the dialog reads a query on every keystroke. */
interface PreparedVocabulary {
	/** Every name, longest first, so that "machine learning engineer" is not read as something shorter. */
	names: { kind: 'role' | 'entry' | 'background'; id: string; label: string; words: string[] }[];
	roles: Map<string, VocabularyRole>;
	/** Every word of every name, by its first letter: what a typed word is compared with. */
	wordsByLetter: Map<string, string[]>;
	/** The names (their places in `names`) that begin with each word: the only ones a query's words can start. */
	namesByFirstWord: Map<string, number[]>;
	/** Every project, with the words of its title and id that are not question words and their singulars, how many words those are without the singulars, and where each word first comes in the title. */
	projects: {
		id: string;
		title: string;
		words: Set<string>;
		size: number;
		place: Map<string, number>;
	}[];
}
const prepared = new WeakMap<SearchVocabulary, PreparedVocabulary>();

/** The names a starting point is asked about by: "Backend or software engineer" is also "backend engineer" and "software engineer". */
function backgroundNames(names: string[]): string[] {
	return names.flatMap((name) => {
		// "Student in computer science …" is also "student".
		const short = name.split(' in ')[0]!;
		const either = /^(.+?) or (.+?) (\w+)$/.exec(short);
		return [
			...new Set([
				name,
				short,
				...(either ? [`${either[1]} ${either[3]}`, `${either[2]} ${either[3]}`] : []),
			]),
		];
	});
}

function prepare(vocabulary: SearchVocabulary): PreparedVocabulary {
	let ready = prepared.get(vocabulary);
	if (!ready) {
		const names: PreparedVocabulary['names'] = [
			...vocabulary.roles.flatMap((r) =>
				r.names.map((name) => ({
					kind: 'role' as const,
					id: r.id,
					label: r.names[0]!,
					words: words(name),
				})),
			),
			...vocabulary.entries.flatMap((e) =>
				// "Apache Spark" is also asked about as "spark".
				[
					...e.names,
					...e.names.filter((n) => /^Apache \S+$/.test(n)).map((n) => n.slice('Apache '.length)),
				].map((name) => ({
					kind: 'entry' as const,
					id: e.path,
					label: e.names[0]!,
					words: words(name),
				})),
			),
			...(vocabulary.backgrounds ?? []).flatMap((b) =>
				backgroundNames(b.names).map((name) => ({
					kind: 'background' as const,
					id: b.id,
					label: b.names[0]!,
					words: words(name),
				})),
			),
		].sort((x, y) => y.words.length - x.words.length);
		const projects = (vocabulary.projects ?? []).map((p) => {
			const own = new Set(words(`${p.title} ${p.id}`).filter((w) => !isQuestionWord(w)));
			const place = new Map<string, number>();
			words(p.title).forEach((w, i) =>
				[w, singular(w)].forEach((form) => place.has(form) || place.set(form, i)),
			);
			return {
				id: p.id,
				title: p.title,
				words: new Set([...own].flatMap((w) => [w, singular(w)])),
				size: own.size,
				place,
			};
		});
		const wordsByLetter = new Map<string, string[]>();
		// A project's words are in it too, so that a typo in one is forgiven.
		for (const word of new Set([
			...names.flatMap((n) => n.words),
			...projects.flatMap((p) => [...p.words]),
		]))
			wordsByLetter.set(word[0]!, [...(wordsByLetter.get(word[0]!) ?? []), word]);
		const namesByFirstWord = new Map<string, number[]>();
		names.forEach((n, i) =>
			namesByFirstWord.set(n.words[0]!, [...(namesByFirstWord.get(n.words[0]!) ?? []), i]),
		);
		ready = {
			names,
			roles: new Map(vocabulary.roles.map((r) => [r.id, r])),
			wordsByLetter,
			namesByFirstWord,
			projects,
		};
		prepared.set(vocabulary, ready);
	}
	return ready;
}

/** Pages that answer a question about no particular role or entry, by the kind of question. */
const topicAnswers: [IntentKind, Answer][] = [
	['pay', { path: 'compare/#pay', label: "Every role's pay, side by side" }],
	[
		'entryLevel',
		{
			path: 'lessons/career-levels/',
			label: 'Career levels: entry-level roles, ladders and what each stage asks for',
		},
	],
	[
		'market',
		{ path: 'lessons/ai-job-market/', label: 'The AI job market: demand, postings and outlook' },
	],
	[
		'course',
		{ path: 'lessons/resources/', label: 'Learning resources: free courses, books and docs' },
	],
	[
		'time',
		{
			path: 'find-your-path/',
			label: 'Find your path: which role fits, then a roadmap with hours from your starting point',
		},
	],
	[
		'roadmap',
		{
			path: 'find-your-path/',
			label: 'Find your path: which role fits, then a roadmap from your starting point',
		},
	],
	[
		'projects',
		{
			path: 'projects/',
			label: 'Portfolio projects: a brief for each, with data, a stack and what to show',
		},
	],
	['hiring', { path: 'lessons/career-levels/', label: 'Career levels: what a first job asks for' }],
];

/**
 * The projects a query's words name ("fraud detection" in "fraud detection project"): those sharing
 * the most words with it, at most two; among them, first the one whose title says a shared word
 * earliest (a title says first what a project is: "Movie recommendations…" before "Churn prediction
 * model with a retention recommendation"), then the one with fewer words of its own, then the first
 * listed. Each comes with the words it shares, spelled as it spells them.
 */
function namedProjects(
	asked: Set<string>[],
	projects: PreparedVocabulary['projects'],
): { id: string; title: string; shared: string[] }[] {
	const scored = projects.map((p, order) => {
		const shared = asked.flatMap((known) => [...known].find((w) => p.words.has(w)) ?? []);
		return {
			...p,
			shared,
			order,
			first: Math.min(...shared.map((w) => p.place.get(w) ?? Infinity)),
		};
	});
	const most = Math.max(0, ...scored.map((p) => p.shared.length));
	if (most === 0) return [];
	return scored
		.filter((p) => p.shared.length === most)
		.sort((x, y) => x.first - y.first || x.size - y.size || x.order - y.order)
		.slice(0, 2);
}

/**
 * Reads a query. Roles, skills, tools and starting points named in it (typos, plurals and short
 * names forgiven) decide its best answers: one role with words about pay, learning, time, interviews
 * or entry level leads to that part of its pages (with portfolio projects, to its getting-hired
 * page); two roles to their comparison; a portfolio project asked for with no role, to the project
 * its other words name ("fraud detection project") or else the list of projects; skills and tools to
 * their pages; a question about none of them (salary, roadmap, entry level, remote, free courses) to
 * the page that covers it. The full-text term is the query without its question words ("pay" stands
 * for every word about pay), so Pagefind still lists every page that mentions it.
 * @example interpretQuery('how much does a data engineer make', v) // { term: 'data engineer pay', answers: [{ path: 'roles/data-engineer/#the-market', … }], intent: 'pay' }
 */
export function interpretQuery(query: string, vocabulary: SearchVocabulary): Interpretation {
	const typed = words(query);
	if (typed.length === 0) return { term: query, answers: [], intent: 'words' };

	const ready = prepare(vocabulary);
	const { roles } = ready;
	// A one-word name typed alone must be spelled right or nearly ("scale" is not Scala).
	const knownWords = typed.map((w) => knownAs(w, ready, typed.length === 1 ? 7 : 5));
	// Only the names that begin with a word the query may hold, longest first as in `names`.
	const candidates = [
		...new Set(
			knownWords.flatMap((known) => [...known].flatMap((w) => ready.namesByFirstWord.get(w) ?? [])),
		),
	].sort((a, b) => a - b);
	const taken = typed.map(() => false);
	const found: {
		kind: 'role' | 'entry' | 'background';
		id: string;
		label: string;
		words: string[];
		at: number;
		exact: boolean;
		text: string;
	}[] = [];
	for (const name of candidates.map((i) => ready.names[i]!)) {
		if (found.some((f) => f.kind === name.kind && f.id === name.id)) continue;
		const at = findName(knownWords, name.words, taken);
		if (at < 0) continue;
		name.words.forEach((_, i) => (taken[at + i] = true));
		// Searched as typed where it was spelled as the name is; by the name where a typo was forgiven.
		const typedName = typed.slice(at, at + name.words.length);
		const exact = typedName.every((w, i) => w === name.words[i]);
		found.push({ ...name, at, exact, text: exact ? typedName.join(' ') : name.label });
	}
	found.sort((x, y) => x.at - y.at);
	const rest = typed.filter((_, i) => !taken[i]);
	// "project manager" names a job, not a portfolio project.
	const asksForProjects = rest.some(
		(w, i) =>
			wordSets.projects.has(w) &&
			!['manager', 'managers', 'management'].includes(rest[i + 1] ?? ''),
	);
	const unknown = rest.filter((w) => !isQuestionWord(w));
	const foundRoles: VocabularyRole[] = found
		.filter((f) => f.kind === 'role')
		.map((f) => roles.get(f.id)!);
	const foundEntries = found.filter((f) => f.kind === 'entry');
	const foundBackgrounds = found.filter((f) => f.kind === 'background');

	// The full-text term: the names found, spelled right, and one word for what is asked about them;
	// words nobody recognised are left out when there is an answer, so the results are never empty.
	const asked = (Object.keys(canonicalWords) as IntentKind[]).find((k) => hasAny(rest, k));
	// A bare name spelled right goes as typed ("fine-tune"): Pagefind then finds the roles that use it too.
	const bare = found.length === 1 && rest.length === 0 && found[0]!.exact;
	const term = bare
		? query
		: [...found.map((f) => f.text), ...(asked ? [canonicalWords[asked]] : [])].join(' ') || query;
	const read = (intent: Interpretation['intent'], answers: Answer[]): Interpretation => ({
		term,
		answers,
		intent,
	});
	const roleName = (r: VocabularyRole) => r.names[0]!;
	const page = (r: VocabularyRole) => sitePaths.role(r.id);

	// A skill named like a role ("MLOps") stands for the role beside another role and a word of
	// comparison ("mlops vs ml engineer"), or with a word only a role has ("mlops roadmap", "mlops salary").
	const roleNamedLike = (label: string) =>
		vocabulary.roles.find(
			(r) =>
				!foundRoles.includes(r) &&
				words(r.names[0]!)[0] === words(label)[0]!.toLowerCase() &&
				words(label).length === 1,
		);
	const aboutARole =
		rest.some((w) => ['roadmap', 'roadmaps', 'career', 'careers', 'jobs', 'job'].includes(w)) ||
		hasAny(rest, 'pay') ||
		hasAny(rest, 'hiring') ||
		asksForProjects ||
		hasAny(rest, 'entryLevel') ||
		hasAny(rest, 'market');
	if (
		(foundRoles.length === 1 && hasAny(rest, 'pair')) ||
		(foundRoles.length === 0 && aboutARole)
	) {
		const named = foundEntries
			.map((e) => ({ entry: e, role: roleNamedLike(e.text) }))
			.find((n) => n.role);
		if (named) {
			foundRoles.push(named.role!);
			foundEntries.splice(foundEntries.indexOf(named.entry), 1);
		}
	}
	if (foundRoles.length >= 2) {
		const [first, second] = foundRoles as [VocabularyRole, VocabularyRole];
		const [a, b] = first.order < second.order ? [first, second] : [second, first];
		return read('pair', [
			{
				path: sitePaths.pair(pairSlug(a.id, b.id)),
				label: `${roleName(a)} vs ${roleName(b)}: what differs and how to move`,
			},
		]);
	}
	if (foundRoles.length === 1) {
		const role = foundRoles[0]!;
		const name = roleName(role);
		const also: Answer[] = [
			...foundBackgrounds.map((b) => ({
				path: `${sitePaths.roadmap(role.id)}?from=${b.id}`,
				label: `${name} roadmap, starting as ${b.label.toLowerCase()}`,
			})),
			...foundEntries.map((e) => ({
				path: e.id,
				label: `${e.label}: what it is and which roles use it`,
			})),
		];
		// A role's portfolio projects are on its getting-hired page.
		if (hasAny(rest, 'hiring') || asksForProjects)
			return read('hiring', [
				role.hiring
					? {
							path: sitePaths.hiring(role.id),
							label: `Getting hired as ${aRole(name)}: interviews, questions and projects`,
						}
					: {
							path: `${page(role)}#career-ladder`,
							label: `${name}: career ladder and how people get in`,
						},
				...also,
			]);
		if (hasAny(rest, 'pay'))
			return read('pay', [
				{
					path: `${page(role)}#the-market`,
					label: role.pay
						? `${name}: pay and the market`
						: `${name}: the market (no published pay figure)`,
				},
				...also,
			]);
		if (hasAny(rest, 'entryLevel'))
			return read('entry-level', [
				{
					path: `${page(role)}#career-ladder`,
					label: `${name}: career ladder, entry-level posts and how people get in`,
				},
				...also,
			]);
		if (hasAny(rest, 'roadmap') || hasAny(rest, 'time') || hasAny(rest, 'course'))
			return read('roadmap', [
				{
					path: sitePaths.roadmap(role.id),
					label: `${name} roadmap: what to learn, in order, with hours`,
				},
				...also,
			]);
		if (hasAny(rest, 'market'))
			return read('role', [
				{ path: `${page(role)}#the-market`, label: `${name}: the market and pay` },
				{ path: 'lessons/ai-job-market/', label: 'The AI job market' },
				...also,
			]);
		return read('role', [
			{ path: page(role), label: `${name}: what the role does, skills, ladder and pay` },
			...also,
		]);
	}
	const topicAnswer = (kind: IntentKind) => topicAnswers.find(([k]) => k === kind)![1];
	const entryAnswers = foundEntries.map((e) => ({
		path: e.id,
		label: `${e.label}: what it is, which roles use it and where to learn it`,
	}));
	// A project asked for with no role is a portfolio project: the one the other words name, else the list. Skills and tools named follow it.
	if (asksForProjects) {
		// A starting point's words say who asks, not what about ("data" in "data analyst").
		const ofBackground = new Set(foundBackgrounds.flatMap((b) => b.words.map((_, i) => b.at + i)));
		const projects = namedProjects(
			typed.flatMap((w, i) => (isQuestionWord(w) || ofBackground.has(i) ? [] : [knownWords[i]!])),
			ready.projects,
		);
		const answers = [
			...(projects.length > 0
				? projects.map((p) => ({
						path: sitePaths.project(p.id),
						label: `${p.title}: a portfolio project brief`,
					}))
				: [topicAnswer('projects')]),
			...entryAnswers,
		];
		// The names found and the project's words, spelled right, with the words that asked for a project as typed.
		const term = [
			...new Set([
				...foundEntries.map((e) => e.text),
				...(projects[0]?.shared ?? []),
				...rest.filter((w) => wordSets.projects.has(w)),
			]),
		].join(' ');
		return { term, answers, intent: 'project' };
	}
	if (foundEntries.length > 0) {
		if (hasAny(rest, 'pay')) entryAnswers.push(topicAnswer('pay'));
		// "remote machine learning jobs" asks about the market more than about the skill.
		if (hasAny(rest, 'market')) entryAnswers.unshift(topicAnswer('market'));
		return read('entry', entryAnswers);
	}
	if (foundBackgrounds.length > 0)
		return read('topic', [
			{
				path: 'find-your-path/',
				label: `Starting as ${foundBackgrounds[0]!.label.toLowerCase()}: which roles are closest`,
			},
		]);
	const topic = topicAnswers.find(([kind]) => hasAny(rest, kind));
	if (topic && unknown.length <= 2) {
		// The words that asked it, as typed ("phd", "entry level"), where pages use them; else the one word every page on it uses.
		const asTyped = rest.filter((w) => wordSets[topic[0]].has(w));
		const term = topicTermAsTyped.has(topic[0]) ? asTyped.join(' ') : canonicalWords[topic[0]]!;
		return { term, answers: [topic[1]], intent: 'topic' };
	}
	// Unrecognised words: search as typed, with no answer on top.
	return { term: query, answers: [], intent: 'words' };
}
