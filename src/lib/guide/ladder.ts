/**
 * A role's career ladder as every page reads it: its rungs by track, whether the role has true
 * entry-level posts, and which rungs a source names. The role page, the career-levels lesson, the
 * comparison tables and the getting-hired page all ask these functions, so they cannot disagree.
 */
import { type LadderStep, type LadderTrack, ladderLevels, ladderTracks } from '~/schemas/ladder';
import type { RoleData } from '~/schemas/role';

/** One track of a ladder with its rungs in climbing order. */
export interface LadderTrackSteps {
	track: LadderTrack;
	/** How pages name the track. @example "Individual contributor" */
	name: string;
	steps: LadderStep[];
}

/** The track a rung belongs to. */
export const trackOf = (step: LadderStep): LadderTrack => ladderLevels[step.level].track;

/** How pages name a rung's level. @example "Mid-level" */
export const levelName = (step: LadderStep): string => ladderLevels[step.level].name;

/** A ladder's tracks that have rungs, individual contributor first. */
export function ladderByTrack(ladder: readonly LadderStep[]): LadderTrackSteps[] {
	return (Object.keys(ladderTracks) as LadderTrack[])
		.map((track) => ({
			track,
			name: ladderTracks[track],
			steps: ladder.filter((s) => trackOf(s) === track),
		}))
		.filter((t) => t.steps.length > 0);
}

/** A track as one line of text, its rungs in climbing order. @example "Management: Lead Data Scientist → Head of Data Science" */
export const trackText = (track: LadderTrackSteps): string =>
	`${track.name}: ${track.steps.map((s) => s.title).join(' → ')}`;

/**
 * Whether the role has true entry-level posts: its ladder starts at a junior rung. A role whose
 * ladder starts at mid level is one people move into after experience elsewhere.
 */
export const hasEntryLevel = (role: Pick<RoleData, 'ladder'>): boolean =>
	role.ladder.some((s) => s.level === 'junior');

/** The rung people usually join the role at: the junior rung, else the mid-level one. */
export const firstRung = (role: Pick<RoleData, 'ladder'>): LadderStep => role.ladder[0]!;

/** The top rung of each track, individual contributor first. */
export const ladderTops = (role: Pick<RoleData, 'ladder'>): LadderStep[] =>
	ladderByTrack(role.ladder).map((t) => t.steps.at(-1)!);

/** The sources that name rungs of the ladder, each with the titles it names, in order of first use. */
export function ladderSources(
	role: Pick<RoleData, 'ladder'>,
): { source: string; titles: string[] }[] {
	const bySource = new Map<string, string[]>();
	for (const step of role.ladder)
		if (step.source) bySource.set(step.source, [...(bySource.get(step.source) ?? []), step.title]);
	return [...bySource].map(([source, titles]) => ({ source, titles }));
}

/** The rungs no source names: the guide's own additions. */
export const guideRungs = (role: Pick<RoleData, 'ladder'>): LadderStep[] =>
	role.ladder.filter((s) => !s.source);

/** One sentence on how open the role is to newcomers, the same wherever a page says it. */
export function entryLevelText(role: Pick<RoleData, 'ladder' | 'joinedFrom'>): string {
	return hasEntryLevel(role)
		? `Entry-level posts exist: newcomers join as ${firstRung(role).title}.`
		: `True entry-level posts are uncommon: people usually join as ${firstRung(role).title} ${role.joinedFrom ?? 'after experience in a neighbouring role'}.`;
}
