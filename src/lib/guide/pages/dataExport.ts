import { entryLevelText, ladderByTrack, trackText } from '../ladder';
import { medianText } from './pay';
import { rolesUsing } from './catalogueUsage';
import { type CatalogueEntry, type Guide, type Role, requirementLabel } from '../guideModel';
import type { LessonText } from './lessonTexts';
import { withBase } from '../../browser/paths';
import { roleTransition } from './rolePairs';
import { sourceDetails } from './sourceText';
import type { StepSize } from '../../browser/transitions';
import { siteTitle } from '~/util/site';

/** Version of the JSON API's shape; raise it when a field is removed or changes meaning. */
export const apiVersion = 1;

/** Turns a site path (base path included) into an absolute URL. */
const absolute = (path: string, site: URL) => new URL(path, site).href;

/** `/api/roles.json`: every role's record with its id and the URL of its page in the guide (`page`). */
export function rolesExport(guide: Guide, site: URL) {
	return {
		version: apiVersion,
		roles: guide.roles.map(({ file: _file, url, ...role }) => ({
			...role,
			page: absolute(url, site),
		})),
	};
}

/**
 * `/api/skills.json` or `/api/tools.json`: every entry as in the catalogue (`url` is its official
 * site), with the URL of its page in the guide (`page`) and the roles that use it.
 */
export function catalogueExport<K extends 'skill' | 'tool'>(
	guide: Guide,
	kind: K,
	site: URL,
): CatalogueApi<K> {
	const entries = kind === 'skill' ? guide.skills : guide.tools;
	return {
		version: apiVersion,
		[kind === 'skill' ? 'skills' : 'tools']: entries.map(
			({ file: _file, pageUrl, kind: _kind, categoryLabel: _label, ...entry }) => ({
				...entry,
				page: absolute(pageUrl, site),
				roles: rolesUsing(guide, { kind, id: entry.id }).map((u) => ({
					id: u.role.id,
					...(u.level && { level: u.level }),
					...(u.use && { use: u.use }),
				})),
			}),
		),
	} as CatalogueApi<K>;
}

/** One ordered pair of roles in `/api/transitions.json`. */
export interface TransitionApiEntry {
	/** The role moved from. */
	from: string;
	/** The role moved to. */
	to: string;
	/** How many of the target's core requirements the mover meets at the level needed. */
	met: number;
	/** How many core requirements the target has. */
	core: number;
	/** The size of the step, from the hours of required learning (must-haves and often-asked-fors). */
	size: StepSize;
	/** The guide's hours to learn or deepen the must-haves and often-asked-fors, low and high. */
	requiredHours: readonly [number, number];
	/** The guide's hours for the nice-to-haves, apart. */
	optionalHours: readonly [number, number];
	/** Ids of the skills, tools and groups the mover keeps, core first. */
	keep: string[];
	/** Ids the mover must learn, core first. */
	learn: string[];
	/** Ids the mover has at a shallower level than the target needs, core first. */
	deepen: string[];
}

/**
 * `/api/transitions.json`: one entry per ordered pair of roles, computed by the same function as the
 * comparison pages. Ids are skill or tool ids (`/api/skills.json`, `/api/tools.json`) or the ids of the
 * groups of alternatives listed under `groups`.
 */
export function transitionsExport(guide: Guide): {
	version: number;
	groups: { id: string; name: string; members: string[] }[];
	transitions: TransitionApiEntry[];
} {
	return {
		version: apiVersion,
		// Group ids appear in the lists below; each is met by any one of its members.
		groups: guide.groups.map((g) => ({ id: g.id, name: g.name, members: [...g.members] })),
		transitions: guide.roles.flatMap((from) =>
			guide.roles
				.filter((to) => to.id !== from.id)
				.map((to) => {
					const move = roleTransition(guide, from.id, to.id);
					return {
						from: from.id,
						to: to.id,
						met: move.met,
						core: move.core,
						size: move.size,
						requiredHours: move.requiredHours,
						optionalHours: move.optionalHours,
						keep: move.keep.map((r) => r.id),
						learn: move.learn.map((r) => r.id),
						deepen: move.deepen.map((d) => d.requirement.id),
					};
				}),
		),
	};
}

/** One skill or tool in the JSON API. */
export type CatalogueApiEntry = Omit<
	CatalogueEntry,
	'file' | 'pageUrl' | 'kind' | 'categoryLabel'
> & {
	/** The entry's page in the guide. */
	page: string;
	/** The roles that use it, with the level and use their records give. */
	roles: { id: string; level?: string; use?: string }[];
};

/** `/api/skills.json` (`K` = `skill`) or `/api/tools.json` (`K` = `tool`). */
export type CatalogueApi<K extends 'skill' | 'tool'> = { version: number } & Record<
	K extends 'skill' ? 'skills' : 'tools',
	CatalogueApiEntry[]
>;

const line = (name: string, url: string, text: string) => `- [${name}](${url}): ${text}`;

/** `/llms.txt` (https://llmstxt.org/): every role and lesson with its summary and URL. */
export function llmsTxt(guide: Guide, site: URL, lessons: readonly LessonText[]): string {
	return [
		`# ${siteTitle}`,
		'',
		'> An open, sourced career guide to AI and ML roles: what each role does, the skills and tools it needs, how roles differ and how to move between them. Every figure names its source.',
		'',
		'## Roles',
		'',
		...guide.roles.map((r) => line(r.name, absolute(r.url, site), r.summary)),
		'',
		'## Lessons',
		'',
		...lessons.map((l) =>
			line(l.title, absolute(l.url, site), l.description ?? l.outcomes?.[0] ?? l.title),
		),
		'',
		'## Data',
		'',
		line('Roles (JSON)', absolute(withBase('/api/roles.json'), site), 'every role record'),
		line(
			'Skills (JSON)',
			absolute(withBase('/api/skills.json'), site),
			'every skill, with the roles that need it',
		),
		line(
			'Tools (JSON)',
			absolute(withBase('/api/tools.json'), site),
			'every tool, with the roles that use it',
		),
		line(
			'Transitions (JSON)',
			absolute(withBase('/api/transitions.json'), site),
			'what each move between two roles keeps, deepens and learns',
		),
		line('Full text', absolute(withBase('/llms-full.txt'), site), 'every role and lesson in full'),
		'',
	].join('\n');
}

const names = (guide: Guide, entries: Role['skills'] | Role['tools']) =>
	entries.map(
		(e) =>
			`${requirementLabel(guide.requirement(e.id))} (${e.importance}${e.level ? `, ${e.level}` : ''})`,
	);

/** One role in full, as Markdown, from its record. */
export function roleMarkdown(role: Role, guide: Guide, site: URL): string {
	const list = (title: string, items: readonly string[]) =>
		items.length > 0 ? [`### ${title}`, '', ...items.map((i) => `- ${i}`), ''] : [];
	const ratio = role.ratio
		? `${role.ratio.code}% code, ${role.ratio.research}% research (source: ${guide.source(role.ratio.source).title})`
		: 'not given by our sources';
	return [
		`## ${role.name}`,
		'',
		`URL: ${absolute(role.url, site)}`,
		'',
		role.summary,
		'',
		`- Focus: ${role.focus}`,
		`- Code : research: ${ratio}`,
		...(role.background.length > 0 ? [`- Typical background: ${role.background.join(', ')}`] : []),
		...(role.shortNames.length > 0 ? [`- Also called: ${role.shortNames.join(', ')}`] : []),
		'',
		...list('What they do', role.responsibilities),
		...list('A typical day', role.typicalDay ?? []),
		...list('Skills', names(guide, role.skills)),
		...list('Tools', names(guide, role.tools)),
		...list('Example projects', role.projects),
		...list('Career ladder', [...ladderByTrack(role.ladder).map(trackText), entryLevelText(role)]),
		...list('Is this role for you?', role.fitsYouIf),
		...list(
			'Pay',
			guide
				.payOf(role.id)
				.map(
					(p) =>
						`${medianText(p)}, median for ${p.kind === 'official' ? `${p.occupation} (${p.code})` : `"${p.occupation}" (${p.sample})`}, ${p.place}, ${p.asOf}; ${p.mapping} (source: ${guide.source(p.source).title})`,
				),
		),
		...list(
			'Market figures',
			guide
				.figuresOf(role.id)
				.map(
					(f) =>
						`${f.label}: ${f.value} (source: ${guide.source(f.source).title}, ${sourceDetails(guide.source(f.source), f.asOf)})`,
				),
		),
	].join('\n');
}

/**
 * A lesson's MDX body as plain Markdown: import lines and component tags dropped (the data they
 * render is in the role sections of the same file), prose and Markdown kept.
 */
export function lessonMarkdown(body: string): string {
	return body
		.split('\n')
		.filter((l) => !/^\s*(import|export)\s/.test(l) && !/^\s*<\/?[A-Z][\w.]*[^>]*>\s*$/.test(l))
		.join('\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/** `/llms-full.txt`: every role and lesson in full. */
export function llmsFullTxt(guide: Guide, site: URL, lessons: readonly LessonText[]): string {
	return [
		`# ${siteTitle} (full text)`,
		'',
		'> Every role and lesson of the guide, generated from the same data as the site.',
		'',
		'# Roles',
		'',
		...guide.roles.map((r) => roleMarkdown(r, guide, site)),
		'# Lessons',
		'',
		...lessons.map((l) =>
			[`## ${l.title}`, '', `URL: ${absolute(l.url, site)}`, '', lessonMarkdown(l.body), ''].join(
				'\n',
			),
		),
	].join('\n');
}
