import { z } from 'astro/zod';

/**
 * The closed set of categories that skills and tools are grouped by. Kept in code rather than in
 * `content/` because pages, filters and the heat map depend on the set being fixed and ordered.
 */
export const categories = {
	programming: { label: 'Programming languages', order: 1 },
	'math-statistics': { label: 'Mathematics and statistics', order: 2 },
	'data-analysis': { label: 'Data analysis and visualisation', order: 3 },
	'ml-practice': { label: 'Machine learning practice', order: 4 },
	'ml-frameworks': { label: 'ML frameworks and libraries', order: 5 },
	'llm-genai': { label: 'LLMs and generative AI', order: 6 },
	'software-engineering': { label: 'Software engineering', order: 7 },
	'mlops-deployment': { label: 'MLOps and deployment', order: 8 },
	infrastructure: { label: 'Infrastructure and DevOps', order: 9 },
	'data-engineering': { label: 'Data engineering', order: 10 },
	monitoring: { label: 'Monitoring and observability', order: 11 },
	'cloud-ml': { label: 'Cloud platforms', order: 12 },
	research: { label: 'Research', order: 13 },
	'product-business': { label: 'Product, business and communication', order: 14 },
	'responsible-ai': { label: 'Responsible AI', order: 15 },
} as const satisfies Record<string, { label: string; order: number }>;

/** The id of a category, e.g. `"mlops-deployment"`. */
export type CategoryId = keyof typeof categories;

/** One of the category ids above; anything else fails with the list of valid ids. */
export const categoryIdSchema = z.enum(Object.keys(categories) as [CategoryId, ...CategoryId[]], {
	error: (issue) =>
		issue.input === undefined
			? `is missing: add one of ${Object.keys(categories).join(', ')}`
			: undefined,
});
