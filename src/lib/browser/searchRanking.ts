/**
 * How Pagefind ranks results, shared by the site's search dialog (astro.config.mjs) and the search
 * tests, which must rank exactly as readers see it. See https://pagefind.app/docs/ranking/.
 */
export const searchRanking = {
	// Role pages are long because they list every skill and tool; a weak length penalty lets a
	// role page rank for a tool it lists.
	pageLength: 0.1,
	termFrequency: 0.1,
	termSaturation: 2,
	termSimilarity: 9,
	// A page whose title or aliases match ("Kubernetes", "k8s", "MLE") should come first; a role
	// whose skills and tools match ("uses") should come soon after.
	metaWeights: { title: 20, aliases: 8, uses: 1.5 },
};
