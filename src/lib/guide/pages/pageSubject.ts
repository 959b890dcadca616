/**
 * What a page is about: the record of the guide it presents. Pages say it (a generated page through
 * `GeneratedPage`, a role lesson through its `role` field), so that search metadata and a page's
 * edit link come from the data, never from taking the page's URL apart.
 */
export type PageSubject =
	| { kind: 'role'; role: string }
	| { kind: 'roadmap'; role: string }
	| { kind: 'hiring'; role: string }
	| { kind: 'comparison'; roles: readonly [string, string] }
	| { kind: 'skill'; id: string }
	| { kind: 'tool'; id: string }
	| { kind: 'project'; id: string }
	| { kind: 'lesson'; file: string }
	| { kind: 'overview' };

/**
 * The subject of a Starlight page: the one its generated page declared, or else what its lesson is
 * about (a role lesson names its role; other lessons are lessons; anything else is an overview).
 * @param declared What a generated page declared (`Astro.locals.pageSubject`).
 * @param entry The page's content entry: its id (`lessons/ai-vs-ml`), file and frontmatter.
 */
export function pageSubject(
	declared: PageSubject | undefined,
	entry: { id: string; filePath?: string | undefined; data: object },
): PageSubject {
	if (declared) return declared;
	const role = (entry.data as { role?: unknown }).role;
	if (typeof role === 'string') return { kind: 'role', role };
	return entry.id.startsWith('lessons/') && entry.filePath
		? { kind: 'lesson', file: entry.filePath }
		: { kind: 'overview' };
}
