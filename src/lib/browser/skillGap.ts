/**
 * What the skill-gap page ships to its script: the roles' requirements and the whole requirement
 * model (implications, groups and hours), so the browser ranks roles with the same functions, on the
 * same numbers, as the build.
 */
import type { PlainRole, RequirementModel } from './transitions';

/** The skill-gap page's data island. */
export interface GapIsland {
	/** Every role in display order, with its name and requirements. */
	roles: (PlainRole & { name: string })[];
	/** Implications, groups and hours: the ranking weighs what is missing by its hours. */
	model: RequirementModel;
}
