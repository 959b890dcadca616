/**
 * Closed sets of words the guide's data and code share, declared once in the bottom layer so that
 * schemas, browser code and components all use the same ids.
 */

/** How big a move between two roles is, smallest first. */
export const stepSizes = ['small', 'medium', 'large'] as const;
/** One of `small`, `medium` or `large`. */
export type StepSize = (typeof stepSizes)[number];
