import { expect, type Page, test } from '@playwright/test';
import { interpretQuery, type SearchVocabulary } from '../../src/lib/browser/searchIntent';
import { searchRanking } from '../../src/lib/browser/searchRanking';
import { pageKinds } from '../../src/lib/guide/pages/searchMeta';
import { queries } from '../searchQueries';

interface Hit {
	url: string;
	title: string;
	excerpt: string;
}

/** The names the search dialog reads queries with, as the built site serves them. */
async function vocabularyOf(page: Page): Promise<SearchVocabulary> {
	return page.evaluate(async () =>
		(await fetch(`${document.baseURI}search-vocabulary.json`)).json(),
	);
}

/**
 * Runs a query exactly as the search dialog does: read by `interpretQuery` (the dialog's
 * processTerm), its best answers first, then the built Pagefind index's results for the term, ranked
 * with the site's ranking. `fullText` holds how many results Pagefind found on its own.
 */
async function search(
	page: Page,
	query: string,
	filters: Record<string, string> = {},
): Promise<Hit[] & { fullText?: number }> {
	const reading = interpretQuery(query, await vocabularyOf(page));
	const base = new URL(page.url()).pathname;
	const answers: Hit[] =
		Object.keys(filters).length > 0
			? []
			: reading.answers.map((a) => ({ url: `${base}${a.path}`, title: a.label, excerpt: '' }));
	const found = await fullText(page, reading.term, filters);
	return Object.assign([...answers, ...found.hits], { fullText: found.count });
}

async function fullText(
	page: Page,
	term: string,
	filters: Record<string, string>,
): Promise<{ hits: Hit[]; count: number }> {
	return page.evaluate(
		async ([term, filters, ranking]) => {
			const pagefind = await import(/* @vite-ignore */ `${document.baseURI}pagefind/pagefind.js`);
			await pagefind.options({ ranking });
			const { results } = await pagefind.search(term, { filters });
			const hits = await Promise.all(
				results
					.slice(0, 5)
					.map(
						async (r: {
							data: () => Promise<{ url: string; meta: { title: string }; excerpt: string }>;
						}) => {
							const d = await r.data();
							return { url: d.url, title: d.meta.title, excerpt: d.excerpt };
						},
					),
			);
			return { hits, count: results.length };
		},
		[term, filters, searchRanking] as const,
	);
}

test.describe('search', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('');
	});

	test("answers readers' questions, pairs, typos and short names with the right page first or in the top three, and never with no results", async ({
		page,
	}) => {
		// More than a hundred searches in one test: the default 30 s is for one reader's action.
		test.setTimeout(120_000);
		const misses: string[] = [];
		// A page matches with or without its section, unless the expectation names a section.
		const matches = (url: string, expected: string) =>
			(expected.includes('#') ? url : url.split(/[?#]/)[0]!).endsWith(`/${expected}`);
		for (const [query, expected, within] of queries) {
			const hits = await search(page, query);
			// Counted as distinct pages: a best answer that Pagefind also lists is one page to the reader.
			const urls = [...new Set(hits.map((h) => h.url))].slice(0, within);
			if (!urls.some((url) => matches(url, expected)))
				misses.push(
					`"${query}" → expected /${expected} in the first ${within} of ${JSON.stringify(urls)}`,
				);
			if (hits.fullText === 0)
				misses.push(`"${query}" → the full-text results are empty ("No results")`);
		}
		expect(misses).toEqual([]);
	});

	test('filters narrow results by kind of page, role and category', async ({ page }) => {
		const roles = await search(page, 'MLflow', { kind: 'Role' });
		expect(roles.length).toBeGreaterThan(0);
		expect(roles.every((h) => /\/roles\//.test(h.url))).toBe(true);
		expect(roles.map((h) => h.url)).toContainEqual(
			expect.stringMatching(/\/roles\/ml-engineer\/$/),
		);

		const monitoringTools = await search(page, 'drift', {
			kind: 'Tool',
			category: 'Monitoring and observability',
		});
		expect(monitoringTools[0]?.url).toMatch(/\/tools\/evidently\/$/);

		const forDataScientists = await search(page, 'engineer', {
			kind: 'Comparison',
			role: 'Data Scientist',
		});
		expect(forDataScientists.length).toBeGreaterThan(0);
		expect(forDataScientists.every((h) => h.url.includes('data-scientist'))).toBe(true);

		const available = await page.evaluate(async () => {
			const pagefind = await import(/* @vite-ignore */ `${document.baseURI}pagefind/pagefind.js`);
			return pagefind.filters();
		});
		expect(Object.keys(available.kind).sort()).toEqual(Object.values(pageKinds).sort());
		expect(Object.keys(available.role)).toContain('MLOps Engineer');
		expect(Object.keys(available.category)).toContain('Infrastructure and DevOps');
	});

	test('results say what kind of page they are, and no search markup leaks into excerpts', async ({
		page,
	}) => {
		const [first] = (await fullText(page, 'Kubernetes', {})).hits;
		expect(first?.title).toBe('Kubernetes · Tool');
		for (const query of ['ML Engineer', 'Kubernetes', 'statistics']) {
			for (const hit of (await fullText(page, query, {})).hits)
				expect(hit.excerpt, `${query} → ${hit.url}`).not.toMatch(
					/kind:|aliases:|uses:|Role ·|· Tool/,
				);
		}
	});

	test('a reader typing an alias into the search dialog sees the tool and its kind', async ({
		page,
	}) => {
		// The button does nothing until Starlight's search element is defined: on a busy machine a click can come first.
		await page.waitForFunction(() => customElements.get('site-search') !== undefined);
		await page.getByRole('button', { name: /Search/ }).click();
		await page
			.getByRole('dialog', { name: 'Search' })
			.getByRole('textbox', { name: 'Search' })
			.pressSequentially('k8s');
		const first = page
			.getByRole('dialog', { name: 'Search' })
			.getByRole('link', { name: 'Kubernetes · Tool' })
			.first();
		await expect(first).toBeVisible();
		await first.click();
		await expect(page).toHaveURL(/\/tools\/kubernetes\/$/);
	});

	test('the dialog puts the best answer above the full-text results, and a question never ends in "No results"', async ({
		page,
	}) => {
		await page.waitForFunction(() => customElements.get('site-search') !== undefined);
		await page.getByRole('button', { name: /Search/ }).click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog
			.getByRole('textbox', { name: 'Search' })
			.pressSequentially('how much does a data engineer make');
		const answer = dialog.getByRole('region', { name: 'Best answers' }).getByRole('link');
		await expect(answer).toHaveText('Data Engineer: pay and the market', { timeout: 15_000 });
		await expect(dialog.locator('.pagefind-ui__result').first()).toBeVisible();
		await expect(dialog).not.toContainText('No results');
		await answer.click();
		await expect(page).toHaveURL(/\/roles\/data-engineer\/#the-market$/);
	});
});
