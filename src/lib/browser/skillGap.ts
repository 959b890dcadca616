/**
 * What the skill-gap page ships to its script: the roles' requirements and the catalogue's
 * implications and groups, so the browser runs the same transition functions as the build.
 */
import type { PlainRole, RequirementModel } from './transitions';

/** The skill-gap page's data island. */
export interface GapIsland {
	/** Every role in display order, with its name and requirements. */
	roles: (PlainRole & { name: string })[];
	/** Implications and groups (hours are left out: the page does not show them). */
	model: RequirementModel;
}
