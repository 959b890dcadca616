import { expect, type Page, test } from '@playwright/test';
import { searchRanking } from '../../src/lib/searchRanking';

interface Hit {
	url: string;
	title: string;
	excerpt: string;
}

/** Runs a query through the built Pagefind index in the page, ranked exactly as the search dialog ranks. */
async function search(page: Page, query: string, filters: Record<string, string> = {}): Promise<Hit[]> {
	return page.evaluate(
		async ([query, filters, ranking]) => {
			const pagefind = await import(/* @vite-ignore */ `${document.baseURI}pagefind/pagefind.js`);
			await pagefind.options({ ranking });
			const { results } = await pagefind.search(query, { filters });
			return Promise.all(
				results.slice(0, 5).map(async (r: { data: () => Promise<{ url: string; meta: { title: string }; excerpt: string }> }) => {
					const d = await r.data();
					return { url: d.url, title: d.meta.title, excerpt: d.excerpt };
				})
			);
		},
		[query, filters, searchRanking] as const
	);
}

/** Queries readers type, and the page that must be among the first three results. */
const queries: [query: string, expected: string][] = [
	['MLflow', 'tools/mlflow/'],
	['Kubernetes', 'tools/kubernetes/'],
	['k8s', 'tools/kubernetes/'],
	['sklearn', 'tools/scikit-learn/'],
	['MLE', 'roles/ml-engineer/'],
	['ML Engineer', 'roles/ml-engineer/'],
	['DS', 'roles/data-scientist/'],
	['Data Scientist', 'roles/data-scientist/'],
	['AI Engineer', 'roles/ai-engineer/'],
	['LLM Engineer', 'roles/llm-engineer/'],
	['MLOps Engineer', 'roles/mlops-engineer/'],
	['Data Engineer', 'roles/data-engineer/'],
	['LLMOps', 'skills/mlops/'],
	['GenAI', 'roles/ai-engineer/'],
	['monitor model drift', 'skills/model-monitoring/'],
	['monitor model drift', 'roles/mlops-engineer/'],
	['A/B test', 'skills/experimentation/'],
	['fine-tune', 'skills/fine-tuning/'],
	['fine-tune', 'roles/llm-engineer/'],
	['prompt injection', 'skills/guardrails-security/'],
	['prompt injection', 'roles/ai-engineer/'],
	['feature store', 'skills/feature-stores/'],
	['RAG', 'skills/rag/'],
	['data pipelines', 'skills/data-pipelines/'],
	['ml engineer roadmap', 'roles/ml-engineer/roadmap/'],
	['learn mlops', 'roles/mlops-engineer/roadmap/'],
	['ml engineer interview questions', 'roles/ml-engineer/getting-hired/'],
	['data scientist take-home', 'roles/data-scientist/getting-hired/'],
];

test.describe('search', () => {
	test.beforeEach(async ({ page }) => {
		await page.goto('');
	});

	test('answers readers\' words, aliases and tasks with the right page in the top three', async ({ page }) => {
		const misses: string[] = [];
		for (const [query, expected] of queries) {
			const urls = (await search(page, query)).slice(0, 3).map((h) => h.url);
			if (!urls.some((url) => url.endsWith(`/${expected}`))) misses.push(`"${query}" → expected /${expected} in ${JSON.stringify(urls)}`);
		}
		expect(misses).toEqual([]);
	});

	test('a tool\'s or skill\'s own name puts its page first', async ({ page }) => {
		for (const [query, expected] of [['Kubernetes', 'tools/kubernetes/'], ['k8s', 'tools/kubernetes/'], ['Data Scientist', 'roles/data-scientist/'], ['feature store', 'skills/feature-stores/']]) {
			expect((await search(page, query!))[0]?.url, query).toMatch(new RegExp(`/${expected}$`));
		}
	});

	test('filters narrow results by kind of page, role and category', async ({ page }) => {
		const roles = await search(page, 'MLflow', { kind: 'Role' });
		expect(roles.length).toBeGreaterThan(0);
		expect(roles.every((h) => /\/roles\//.test(h.url))).toBe(true);
		expect(roles.map((h) => h.url)).toContainEqual(expect.stringMatching(/\/roles\/ml-engineer\/$/));

		const monitoringTools = await search(page, 'drift', { kind: 'Tool', category: 'Monitoring and observability' });
		expect(monitoringTools.map((h) => h.url).slice(0, 2).sort()).toEqual([expect.stringMatching(/\/tools\/evidently\/$/), expect.stringMatching(/\/tools\/whylogs\/$/)]);

		const forDataScientists = await search(page, 'engineer', { kind: 'Comparison', role: 'Data Scientist' });
		expect(forDataScientists.length).toBeGreaterThan(0);
		expect(forDataScientists.every((h) => h.url.includes('data-scientist'))).toBe(true);

		const available = await page.evaluate(async () => {
			const pagefind = await import(/* @vite-ignore */ `${document.baseURI}pagefind/pagefind.js`);
			return pagefind.filters();
		});
		expect(Object.keys(available.kind).sort()).toEqual(['Comparison', 'Getting hired', 'Lesson', 'Overview', 'Roadmap', 'Role', 'Skill', 'Tool']);
		expect(Object.keys(available.role)).toContain('MLOps Engineer');
		expect(Object.keys(available.category)).toContain('Infrastructure and DevOps');
	});

	test('results say what kind of page they are, and no search markup leaks into excerpts', async ({ page }) => {
		const [first] = await search(page, 'Kubernetes');
		expect(first?.title).toBe('Kubernetes · Tool');
		for (const query of ['ML Engineer', 'Kubernetes', 'statistics']) {
			for (const hit of await search(page, query)) expect(hit.excerpt, `${query} → ${hit.url}`).not.toMatch(/kind:|aliases:|uses:|Role ·|· Tool/);
		}
	});

	test('a reader typing an alias into the search dialog sees the tool and its kind', async ({ page }) => {
		await page.getByRole('button', { name: /Search/ }).click();
		await page.getByRole('dialog', { name: 'Search' }).getByRole('textbox', { name: 'Search' }).pressSequentially('k8s');
		const first = page.getByRole('dialog', { name: 'Search' }).getByRole('link', { name: 'Kubernetes · Tool' }).first();
		await expect(first).toBeVisible();
		await first.click();
		await expect(page).toHaveURL(/\/tools\/kubernetes\/$/);
	});
});
