/**
 * What the social card of every page says, from the same data and the same functions as the pages:
 * a role's summary, code:research split, pay and roadmap size; both steps of a pair; a roadmap's
 * phases and hours; a lesson's, skill's or tool's title and description; and one card for the site.
 */
import { hoursText } from '../../browser/hours';
import { sitePaths } from '../../browser/paths';
import { stepSizeWords } from '../../browser/transitionText';
import { listText } from '~/util/listText';
import { siteDescription, siteTitle } from '~/util/site';
import type { SocialCard, SocialCardFact } from '~/util/socialCard';
import { rolesUsing } from './catalogueUsage';
import type { Project } from '~/schemas/project';
import type { CatalogueEntry, Guide, Lesson, Role } from '../guideModel';
import { hasEntryLevel } from '../ladder';
import { medianText, monthYear, occupationText, rolePay } from './pay';
import type { PageSubject } from './pageSubject';
import { roleRoadmap } from './roadmapData';
import { allPairs, canonicalPair, type RolePair, roleTransition } from './rolePairs';

/** The longest summary a card shows (three lines at its type size); longer text ends at a word with "…". */
export const cardSummaryLength = 190;

/** The longest alt text: what X (Twitter) accepts for an image description. */
export const altTextLength = 420;

/** The card every page without one of its own shares: the home page, the overviews, the getting-hired pages. */
export const siteCardFile = 'social/site.png';

/** A text cut to `max` characters at a word boundary, with "…" when anything was cut. */
export function shortened(text: string, max: number): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= max) return flat;
	const cut = flat.slice(0, max - 1);
	const atWord = cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.–-]+$/, '');
	return `${atWord}…`;
}

/** The first sentence of a text, or the text shortened if that sentence is too long for a card. */
export function firstSentence(text: string, max = cardSummaryLength): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	const end = /[.!?](?=\s+[A-Z])/.exec(flat);
	return shortened(end ? flat.slice(0, end.index + 1) : flat, max);
}

/** The card's image file for a page path inside the site. @example cardFileOf("roles/ml-engineer/roadmap/") // "social/roles/ml-engineer/roadmap.png" */
const cardFileOf = (sitePath: string) => `social/${sitePath.replace(/\/$/, '')}.png`;

/**
 * The card in words, for the image's alt text: title, lines and facts as sentences. The summary is
 * left out where the card has figures or lines of its own, since a shared link shows the page's
 * description, the same sentence, beside the image; a card with only a title and a summary keeps it.
 */
function altText(card: Omit<SocialCard, 'alt'>): string {
	const details = [
		...card.lines.map((l) => `${l}.`),
		...card.facts.map((f) => `${f.label}: ${f.value}${f.note ? ` (${f.note})` : ''}.`),
	];
	const parts = [
		`${card.kind}: ${card.title}.`,
		...(details.length > 0 ? details : [card.summary]),
	];
	return shortened(parts.filter(Boolean).join(' '), altTextLength);
}

const withAlt = (card: Omit<SocialCard, 'alt'>): SocialCard => ({ ...card, alt: altText(card) });

/** A role's pay fact: its first official stand-in, else the first survey of the role, with what the figure is for. */
function payFact(guide: Guide, role: Role): SocialCardFact | undefined {
	const pay = rolePay(guide, role.id);
	const figure = pay.official[0] ?? pay.survey[0];
	if (!figure) return undefined;
	return {
		label: `Median pay, ${figure.place}`,
		value: medianText(figure),
		note: `for ${occupationText(figure)}, ${monthYear(figure.asOf)}`,
	};
}

/** A role's card: its summary, its code:research split (else whether it hires at entry level), its pay and the size of its roadmap. */
export function roleCard(guide: Guide, role: Role): SocialCard {
	const roadmap = roleRoadmap(guide, role.id);
	const required = roadmap.phases.filter((p) => !p.optional);
	const first: SocialCardFact = role.ratio
		? {
				label: 'Share of the work',
				value: `${role.ratio.code}% code`,
				note: `${role.ratio.research}% research`,
			}
		: {
				label: 'Entry level',
				value: hasEntryLevel(role) ? 'Junior posts exist' : 'Uncommon',
				note: hasEntryLevel(role) ? 'newcomers can join' : 'people usually join from another role',
			};
	const pay = payFact(guide, role);
	const facts: SocialCardFact[] = [
		first,
		...(pay ? [pay] : []),
		{
			label: 'Roadmap',
			value: hoursText(roadmap.requiredHours),
			note: `${required.length} phases, by the guide's estimates`,
		},
	];
	return withAlt({
		file: cardFileOf(sitePaths.role(role.id)),
		kind: 'Role guide',
		title: role.name,
		summary: shortened(role.summary, cardSummaryLength),
		lines: [],
		facts,
	});
}

/** A role's roadmap card: its phases in order with their hours, and the hours of the required part and of the nice-to-haves. */
export function roadmapCard(guide: Guide, role: Role): SocialCard {
	const roadmap = roleRoadmap(guide, role.id);
	const lines = roadmap.phases.map((p, i) => `${i + 1}. ${p.name}: ${hoursText(p.hours)}`);
	const facts: SocialCardFact[] = [
		{
			label: 'Must-haves and often-asked-fors',
			value: hoursText(roadmap.requiredHours),
			note: `${roadmap.topics.filter((t) => t.importance !== 'plus').length} topics`,
		},
		{ label: 'Nice-to-haves', value: hoursText(roadmap.optionalHours), note: 'optional' },
	];
	return withAlt({
		file: cardFileOf(sitePaths.roadmap(role.id)),
		kind: 'Roadmap',
		title: `${role.name} roadmap`,
		summary: '',
		lines,
		facts,
	});
}

/** A pair's card: both roles, the first sentence of the written summary, and the step each way with its hours. */
export function pairCard(guide: Guide, pair: RolePair): SocialCard {
	const written = guide.pairSummary(pair.a.id, pair.b.id);
	const summary = written
		? firstSentence(written.summary)
		: `How the two roles differ, and what it takes to move from one to the other.`;
	const step = (from: Role, to: Role): SocialCardFact => {
		const move = roleTransition(guide, from.id, to.id);
		return {
			label: `${from.name} to ${to.name}`,
			value: stepSizeWords[move.size],
			note:
				move.requiredHours[1] === 0
					? 'nothing required is missing'
					: `about ${hoursText(move.requiredHours)}`,
		};
	};
	return withAlt({
		file: cardFileOf(sitePaths.pair(pair.slug)),
		kind: 'Comparison',
		title: `${pair.a.name} vs ${pair.b.name}`,
		summary,
		lines: [],
		facts: [step(pair.a, pair.b), step(pair.b, pair.a)],
	});
}

/** A skill's or tool's card: its name, its description and how many roles use it. */
export function catalogueCard(guide: Guide, entry: CatalogueEntry): SocialCard {
	const users = rolesUsing(guide, entry).map((u) => u.role.name);
	return withAlt({
		file: cardFileOf(`${entry.kind}s/${entry.id}/`),
		kind: entry.kind === 'skill' ? 'Skill' : 'Tool',
		title: entry.name,
		summary: shortened(entry.description, cardSummaryLength),
		lines: [],
		facts: [
			{
				label: 'Used by',
				value: `${users.length} of ${guide.roles.length} roles`,
				note:
					users.length > 3
						? `${users.slice(0, 3).join(', ')} and ${users.length - 3} more`
						: listText(users),
			},
		],
	});
}

/** A portfolio project's card: its title, its goal, the roles it shows you can work as and its stack. */
export function projectCard(guide: Guide, project: Project): SocialCard {
	const roles = project.roles.map((id) => guide.role(id).name);
	const stack = project.stack.map((id) => guide.requirement(id).name);
	return withAlt({
		file: cardFileOf(sitePaths.project(project.id)),
		kind: 'Portfolio project',
		title: project.title,
		summary: shortened(project.goal, cardSummaryLength),
		lines: [],
		facts: [
			{
				label: 'Shows you can work as',
				value: roles[0]!,
				...(roles.length > 1 ? { note: `or ${listText(roles.slice(1), 'or')}` } : {}),
			},
			{
				label: 'Stack',
				value: `${stack.length} skills and tools`,
				note: stack.length > 3 ? `${stack.slice(0, 3).join(', ')} and more` : listText(stack),
			},
		],
	});
}

/** A lesson's card: its title and description. */
export function lessonCard(lesson: Lesson): SocialCard {
	return withAlt({
		file: cardFileOf(`${lesson.id}/`),
		kind: 'Lesson',
		title: lesson.title,
		summary: shortened(lesson.description ?? '', cardSummaryLength),
		lines: [],
		facts: [],
	});
}

/** The site's card: its name, what it is, and how much it covers. */
export function siteCard(guide: Guide): SocialCard {
	const facts: SocialCardFact[] = [
		{ label: 'Roles', value: String(guide.roles.length) },
		{ label: 'Comparisons', value: String(allPairs(guide.roles).length) },
		{ label: 'Skills and tools', value: String(guide.skills.length + guide.tools.length) },
	];
	return withAlt({
		file: siteCardFile,
		kind: 'Open career guide',
		title: siteTitle,
		summary: siteDescription,
		lines: [],
		facts,
	});
}

/** The lessons that are not role pages: role lessons share their role's card. */
const plainLessons = (guide: Guide) => guide.lessons.filter((l) => l.id.startsWith('lessons/'));

/** Every card the build draws, each once: roles, roadmaps, pairs, skills, tools, projects, lessons and the site. */
export function socialCards(guide: Guide): SocialCard[] {
	return [
		...guide.roles.map((r) => roleCard(guide, r)),
		...guide.roles.map((r) => roadmapCard(guide, r)),
		...allPairs(guide.roles).map((p) => pairCard(guide, p)),
		...guide.skills.map((s) => catalogueCard(guide, s)),
		...guide.tools.map((t) => catalogueCard(guide, t)),
		...guide.projects.map((p) => projectCard(guide, p)),
		...plainLessons(guide).map(lessonCard),
		siteCard(guide),
	];
}

/** The card a page shares, by what the page is about: its own, or the site's. */
export function cardOf(guide: Guide, subject: PageSubject): SocialCard {
	switch (subject.kind) {
		case 'role':
			return roleCard(guide, guide.role(subject.role));
		case 'roadmap':
			return roadmapCard(guide, guide.role(subject.role));
		case 'comparison':
			return pairCard(
				guide,
				canonicalPair(guide.role(subject.roles[0]), guide.role(subject.roles[1])),
			);
		case 'skill':
			return catalogueCard(guide, guide.skill(subject.id));
		case 'tool':
			return catalogueCard(guide, guide.tool(subject.id));
		case 'project':
			return projectCard(guide, guide.project(subject.id));
		case 'lesson': {
			const lesson = plainLessons(guide).find((l) => l.file === subject.file);
			return lesson ? lessonCard(lesson) : siteCard(guide);
		}
		default:
			return siteCard(guide);
	}
}
