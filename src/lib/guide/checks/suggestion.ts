/** The "Did you mean …? Otherwise …" fixes of the checks that meet an unknown id. */
import type { ReferenceTarget } from '~/schemas/ids';
import { type Candidate, didYouMean } from '~/util/didYouMean';

/** How to add a record of each kind, for "Otherwise …" fixes. */
export const addTarget: Record<ReferenceTarget, string> = {
	role: 'add the role as content/data/roles/<id>.yaml.',
	skill: 'add the skill to content/data/skills.yaml.',
	tool: 'add the tool to content/data/tools.yaml.',
	group: 'add the group to content/data/groups.yaml.',
	source: 'add the source to content/data/sources.yaml.',
	lesson: "use the lesson's path under content/ without the extension.",
	resource: 'add the resource to content/data/resources.yaml.',
	background: 'add the background to content/data/backgrounds.yaml.',
};

/** A fix for an unknown value: the nearest candidate when there is one, else the fallback, capitalised. */
export const suggestion = (value: string, candidates: readonly Candidate[], fallback: string) => {
	const near = didYouMean(value, candidates);
	return near
		? `Did you mean "${near}"? Otherwise ${fallback}`
		: fallback.charAt(0).toUpperCase() + fallback.slice(1);
};
