/**
 * The shape of a social card: what the guide says on it (`src/lib/guide/pages/socialCards.ts`) and what the
 * build draws (`src/lib/build/socialCardImage.ts`) meet here, so that neither imports the other.
 */

/** The size every card is drawn at: Open Graph's recommended 1.91:1 image. */
export const socialCardSize = { width: 1200, height: 630 } as const;

/** One figure on a card, in a box: a label, the value, and a short note on what the value stands for. */
export interface SocialCardFact {
	label: string;
	value: string;
	note?: string;
}

/** One social card: a picture of a page's main facts, shown when a link to the page is shared. */
export interface SocialCard {
	/** Where the image is written, inside the site, without the base path. @example "social/roles/ml-engineer.png" */
	file: string;
	/** What kind of page it is, above the title. @example "Role guide" */
	kind: string;
	title: string;
	/** One or two sentences under the title (empty when `lines` says it all). */
	summary: string;
	/** Short lines listed under the title, such as a roadmap's phases with their hours. */
	lines: string[];
	/** Two or three figures in boxes along the bottom. */
	facts: SocialCardFact[];
	/** The card in words, for `og:image:alt`: everything it shows, as sentences. */
	alt: string;
}
