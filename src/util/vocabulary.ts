/**
 * Closed sets of words the guide's data and code share, declared once in the bottom layer so that
 * schemas, browser code and components all use the same ids.
 */

/** How big a move between two roles is, smallest first. */
export const stepSizes = ['small', 'medium', 'large'] as const;
/** One of `small`, `medium` or `large`. */
export type StepSize = (typeof stepSizes)[number];

/** How deeply a requirement is needed or a skill is held, shallowest first. */
export const levels = ['foundation', 'working', 'deep'] as const;
/** One of `foundation`, `working` or `deep`. */
export type Level = (typeof levels)[number];

/** The level a requirement or a holding has where none is stated: a bare tick, a requirement listed without one. */
export const defaultLevel: Level = 'working';

/** How much a requirement matters for getting hired, most first. */
export const importances = ['core', 'common', 'plus'] as const;
/** One of `core`, `common` or `plus`. */
export type Importance = (typeof importances)[number];
