/**
 * What the skill-gap page's script fetches (`gap.json`, built beside the page): the roles'
 * requirements and the whole requirement model (implications, groups and hours), so the browser ranks
 * roles with the same functions, on the same numbers, as the build; and the words the form's filter
 * box matches.
 */
import type { PlainRole, RequirementModel } from './transitions';

/** The skill-gap page's data. */
export interface GapData {
	/** Every role in display order, with its name and requirements. */
	roles: (PlainRole & { name: string })[];
	/** Implications, groups and hours: the ranking weighs what is missing by its hours. */
	model: RequirementModel;
	/** For each skill and tool of the form, what the filter box matches: its name, aliases and id, in lower case. */
	words: Record<string, string>;
}
