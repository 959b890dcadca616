/**
 * What a reader's search query asks for, read from the guide's own names. "become a data scientist",
 * "ml engineer salary", "data scientist vs ml engineer" and "which roles use kubernetes" are
 * questions about one page, and Pagefind, which matches every word of a query, answers them badly
 * on its own. The search dialog and the search tests pass each query through `interpretQuery`
 * before Pagefind sees it. Pure and browser-safe: the names arrive as a `SearchVocabulary`.
 */
import { editDistance } from '../../util/didYouMean';
import { pairSlug, sitePaths } from './paths';

/** The names search recognises, built from the data at build time (`searchVocabulary`). */
export interface SearchVocabulary {
	/** Every role, with the names a reader may call it by. */
	roles: {
		id: string;
		/** Display order, which decides a pair page's URL. */
		order: number;
		/** Its name and short names. */
		names: string[];
		/** Whether it has a getting-hired page. */
		hiring: boolean;
		/** Whether its page shows pay figures. */
		pay: boolean;
	}[];
	/** Every skill and tool, with its name and aliases, and its page's path inside the site. */
	entries: { names: string[]; path: string }[];
}

/** What a query was read as. */
export interface Interpretation {
	/** The text to hand to Pagefind. */
	term: string;
	/** The page the query asks for, as a path inside the site (`roles/ml-engineer/roadmap/`), if it asks for one. */
	target?: string;
	/** Why: which kind of question it was. */
	intent: 'role' | 'roadmap' | 'pay' | 'hiring' | 'pair' | 'entry' | 'words';
}

/**
 * The search key of a page: its path inside the site with everything but letters and digits
 * removed, and `page` after it (`roles/ml-engineer/` → `rolesmlengineerpage`). Each page carries its
 * key as search metadata, so a query read as "this page" finds exactly that page. The ending keeps
 * one key from being the start of another, which Pagefind would match too.
 */
export function searchKey(path: string): string {
	return `${path.toLowerCase().replace(/[^a-z0-9]/g, '')}page`;
}

// Words that say what a reader wants to know about a role. The role itself comes from the data.
const intentWords = {
	pair: ['vs', 'versus', 'or', 'and', 'compare', 'compared', 'comparison', 'difference', 'differences', 'between', 'with', 'to', 'from', 'switch', 'move', 'moving', 'transition'],
	roadmap: ['roadmap', 'learn', 'learning', 'study', 'curriculum', 'syllabus', 'course', 'courses', 'resources', 'order', 'plan', 'self-taught'],
	pay: ['salary', 'salaries', 'pay', 'paid', 'earn', 'earns', 'make', 'makes', 'much', 'wage', 'wages', 'compensation', 'income', 'money', 'outlook'],
	hiring: ['interview', 'interviews', 'hired', 'hiring', 'hire', 'resume', 'cv', 'portfolio', 'take-home', 'takehome', 'questions', 'question', 'projects', 'project', 'offer'],
	role: [
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
		'is',
		'are',
		'a',
		'an',
		'the',
		'how',
		'as',
		'role',
		'who',
		'day',
		'life',
		'of',
		'in',
		'i',
		'get',
		'into',
		'work',
		'works',
		'description',
		'responsibilities',
		'need',
		'skills',
		'path',
		'for',
		'to',
		'with',
	],
	// "which roles use kubernetes", "learn docker", "what is rag".
	entry: [
		'which',
		'roles',
		'role',
		'use',
		'uses',
		'using',
		'need',
		'needs',
		'who',
		'learn',
		'learning',
		'what',
		'is',
		'are',
		'a',
		'an',
		'the',
		'tutorial',
		'how',
		'to',
		'jobs',
		'with',
		'for',
		'course',
		'courses',
		'tool',
		'skill',
	],
};
const wordSets = Object.fromEntries(Object.entries(intentWords).map(([k, v]) => [k, new Set(v)])) as Record<keyof typeof intentWords, Set<string>>;

/** Lower-cased words of a text, split at anything but letters and digits ("ML/AI" → "ml", "ai"). */
function words(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/['’]s\b/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
}

/** Whether a typed word is a known one, allowing a typo in words long enough to have one. */
function sameWord(typed: string, known: string, shortest = 5): boolean {
	if (typed === known) return true;
	if (known.length < shortest) return false;
	return editDistance(typed, known) <= (known.length < 9 ? 1 : 2);
}

/** Where a name's words occur in a row among the query's words, or -1. */
function findName(query: string[], name: string[], taken: boolean[]): number {
	for (let start = 0; start + name.length <= query.length; start++) {
		if (name.every((w, i) => !taken[start + i] && sameWord(query[start + i]!, w))) return start;
	}
	return -1;
}

/** Whether every word is one of the words of the given kinds. */
const onlyIntentWords = (rest: string[], ...kinds: (keyof typeof intentWords)[]) => rest.every((w) => kinds.some((k) => wordSets[k].has(w)));
const hasAny = (rest: string[], kind: keyof typeof intentWords) => rest.some((w) => wordSets[kind].has(w));

type VocabularyRole = SearchVocabulary['roles'][number];
/** A vocabulary's names split into words, once: the dialog reads a query on every keystroke. */
interface PreparedVocabulary {
	/** Every role name, longest first, so that "machine learning engineer" is not read as something shorter. */
	roleNames: { role: VocabularyRole; name: string[] }[];
	entryNames: { path: string; name: string; words: string[] }[];
}
const prepared = new WeakMap<SearchVocabulary, PreparedVocabulary>();
function prepare(vocabulary: SearchVocabulary): PreparedVocabulary {
	let ready = prepared.get(vocabulary);
	if (!ready) {
		ready = {
			roleNames: vocabulary.roles.flatMap((role) => role.names.map((name) => ({ role, name: words(name) }))).sort((x, y) => y.name.length - x.name.length),
			entryNames: vocabulary.entries.flatMap((entry) => entry.names.map((name) => ({ path: entry.path, name, words: words(name) }))),
		};
		prepared.set(vocabulary, ready);
	}
	return ready;
}

/**
 * Reads a query. A role's name or short name with words like become, career, roadmap, salary or
 * interview leads to that role's page, roadmap, pay figures or getting-hired page; two role names,
 * in either order and with or without "vs", lead to their comparison; a skill's or tool's name with
 * "which roles use" or "learn" leads to its page. Typos in longer words are forgiven. Anything else
 * goes to Pagefind as typed.
 * @example interpretQuery('become a data scientist', v) // { term: 'rolesdatascientist', target: 'roles/data-scientist/', intent: 'role' }
 */
export function interpretQuery(query: string, vocabulary: SearchVocabulary): Interpretation {
	const typed = words(query);
	const asTyped: Interpretation = { term: query, intent: 'words' };
	if (typed.length === 0) return asTyped;

	const { roleNames, entryNames } = prepare(vocabulary);
	// Roles named in the query, longest names first.
	const taken = typed.map(() => false);
	const found: { role: VocabularyRole; at: number }[] = [];
	for (const { role, name } of roleNames) {
		if (found.some((f) => f.role.id === role.id)) continue;
		const at = findName(typed, name, taken);
		if (at < 0) continue;
		name.forEach((_, i) => (taken[at + i] = true));
		found.push({ role, at });
	}
	const rest = typed.filter((_, i) => !taken[i]);
	const to = (target: string, intent: Interpretation['intent'], extra = ''): Interpretation => ({ term: `${searchKey(target)}${extra}`, target, intent });

	if (found.length >= 2 && onlyIntentWords(rest, 'pair', 'role')) {
		const [first, second] = found.sort((x, y) => x.at - y.at).map((f) => f.role) as [VocabularyRole, VocabularyRole];
		const [a, b] = first.order < second.order ? [first, second] : [second, first];
		return to(sitePaths.pair(pairSlug(a.id, b.id)), 'pair');
	}
	if (found.length === 1 && onlyIntentWords(rest, 'role', 'roadmap', 'pay', 'hiring')) {
		const role = found[0]!.role;
		const page = sitePaths.role(role.id);
		if (hasAny(rest, 'hiring') && role.hiring) return to(sitePaths.hiring(role.id), 'hiring');
		if (hasAny(rest, 'roadmap')) return to(sitePaths.roadmap(role.id), 'roadmap');
		// The key finds the role's page; "pay" makes the market section, where the figures are, its first sub-result.
		if (hasAny(rest, 'pay') && role.pay) return to(page, 'pay', ' pay');
		return to(page, 'role');
	}
	if (found.length === 0) {
		const subject = typed.filter((w) => !wordSets.entry.has(w));
		if (subject.length === 0) return asTyped;
		// A bare name is corrected only where it is long enough not to be another word ("scale" is not Scala).
		const shortest = subject.length === typed.length ? 7 : 5;
		for (const { path, name, words: known } of entryNames) {
			if (known.length !== subject.length || !known.every((w, i) => sameWord(subject[i]!, w, shortest))) continue;
			// A question about it ("which roles use kubernetes") is answered by its page alone; its bare
			// name, spelled right, goes to Pagefind, which also finds the roles and lessons that use it.
			return subject.length < typed.length ? to(path, 'entry') : { term: name, target: path, intent: 'entry' };
		}
	}
	return asTyped;
}
