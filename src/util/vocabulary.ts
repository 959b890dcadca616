/**
 * Closed sets of words the guide's data and code share, declared once in the bottom layer so that
 * schemas, browser code and components all use the same ids.
 */

/** How big a move between two roles is, smallest first. */
export const stepSizes = ['small', 'medium', 'large'] as const;
/** One of `small`, `medium` or `large`. */
export type StepSize = (typeof stepSizes)[number];

/** A word of a closed set: its id as the data writes it, its label as pages show it, and what it means. */
export interface Term<Id extends string = string> {
	id: Id;
	/** A few words, capitalised, as a heading or a badge shows it. @example "Must have" */
	label: string;
	/** What it means, in a clause that follows the label. @example "few people are hired without it" */
	description: string;
}

/** The label and the description in one line, as a legend writes them: "Must have: few people are hired without it". */
export const termText = (term: Term) => `${term.label}: ${term.description}`;

/** How deeply a requirement is needed or a skill is held, shallowest first. */
export const levels = ['foundation', 'working', 'deep'] as const;
/** One of `foundation`, `working` or `deep`. */
export type Level = (typeof levels)[number];

/** What each level means. */
export const levelTerms: Readonly<Record<Level, Term<Level>>> = {
	foundation: {
		id: 'foundation',
		label: 'Foundation',
		description: 'understands the basics and knows when to use it',
	},
	working: { id: 'working', label: 'Working', description: 'uses it day to day without help' },
	deep: { id: 'deep', label: 'Deep', description: 'the expert others ask' },
};

/** The level a requirement or a holding has where none is stated: a bare tick, a requirement listed without one. */
export const defaultLevel: Level = 'working';

/** How much a requirement matters for getting hired, most first. */
export const importances = ['core', 'common', 'plus'] as const;
/** One of `core`, `common` or `plus`. */
export type Importance = (typeof importances)[number];

/** What each importance means. */
export const importanceTerms: Readonly<Record<Importance, Term<Importance>>> = {
	core: { id: 'core', label: 'Must have', description: 'few people are hired without it' },
	common: { id: 'common', label: 'Often asked for', description: 'many postings name it' },
	plus: { id: 'plus', label: 'Nice to have', description: 'it helps, but postings rarely insist' },
};
