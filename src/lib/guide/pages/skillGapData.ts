import type { GapData } from '../../browser/skillGap';
import type { CatalogueEntry, Guide } from '../guideModel';

/** What the skill-gap form's filter box matches for an entry: its name, aliases and id, in lower case. */
export function filterWords(entry: CatalogueEntry): string {
	return [entry.name, ...entry.aliases, entry.id].join(' ').toLowerCase();
}

/**
 * The data the skill-gap page's script fetches. The hours are in the model because the ranking
 * (`rankByReadiness`) weighs what is missing by them: without them every role would look finished.
 */
export function skillGapData(guide: Guide): GapData {
	const names = new Map(guide.roles.map((r) => [r.id, r.name]));
	return {
		roles: guide.plainRoles.map((r) => ({ ...r, name: names.get(r.id)! })),
		model: guide.model,
		words: Object.fromEntries(
			[...guide.skills, ...guide.tools].map((entry) => [entry.id, filterWords(entry)]),
		),
	};
}
