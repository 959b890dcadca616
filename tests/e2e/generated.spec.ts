import { expect, test } from '@playwright/test';

test.describe('pages generated from the data', () => {
	test('a pair page shows the written summary, both roles side by side and the move each way', async ({
		page,
	}) => {
		await page.goto('compare/ml-engineer-vs-ai-engineer/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('ML Engineer vs AI Engineer');
		const table = page.getByRole('table', { name: 'ML Engineer and AI Engineer compared' });
		await expect(table.getByRole('columnheader')).toContainText(['ML Engineer', 'AI Engineer']);
		await expect(table.locator('tr[data-field="focus"]')).toContainText('Production systems');
		await expect(table.locator('tr[data-field="focus"]')).toContainText('LLM applications');
		await expect(table.locator('tr[data-field="ratio"]')).toContainText('80 : 20');

		await expect(page.locator('[data-pair-summary]')).toContainText(
			'easiest way into AI engineering',
		);
		await expect(page.locator('[data-pair-summary]').getByRole('link')).toHaveAttribute(
			'href',
			/aishippinglabs\.com/,
		);
		const gap = page.locator('[data-transition="ml-engineer->ai-engineer"]');
		await expect(gap.locator('[data-readiness]')).toHaveText(
			/^An ML engineer already meets \d+ of the AI engineer's \d+ core requirements(, and \d+ more at a shallower level)?\. A (small|medium|large) step: about [\d,]+–[\d,]+ hours to learn the must-haves and often-asked-fors/,
		);
		const mustLearn = gap.locator('h3:text("What to learn") + [data-importance="core"]');
		await expect(mustLearn).toContainText('Must have');
		await expect(mustLearn.getByRole('link', { name: 'Evaluation of AI systems' })).toHaveAttribute(
			'href',
			'/skills/llm-evaluation/',
		);
		// A group of alternatives shows once, with each member linked.
		const framework = page.locator(
			'[data-transition="ai-engineer->ml-engineer"] [data-item="deep-learning-framework"]',
		);
		await expect(framework).toHaveCount(1);
		await expect(framework).toContainText('A deep-learning framework: PyTorch, TensorFlow or JAX');
		await expect(framework.getByRole('link')).toHaveCount(3);
		await expect(page.locator('[data-transition="ai-engineer->ml-engineer"]')).toBeVisible();
		await expect(page.getByRole('link', { name: 'ML Engineer skills' })).toHaveAttribute(
			'href',
			'/roles/ml-engineer/#skills',
		);
	});

	test('the reversed pair URL leads to the canonical one', async ({ page }) => {
		await page.goto('compare/ai-engineer-vs-ml-engineer/');
		await expect(page).toHaveURL(/\/compare\/ml-engineer-vs-ai-engineer\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('ML Engineer vs AI Engineer');
	});

	test('the compare page picks two roles and opens their comparison', async ({ page }) => {
		await page.goto('compare/');
		await page.getByLabel('First role').selectOption({ label: 'Data Engineer' });
		await page.getByLabel('Second role').selectOption({ label: 'MLOps Engineer' });
		await page.getByRole('button', { name: 'Compare' }).click();
		await expect(page).toHaveURL(/\/compare\/mlops-engineer-vs-data-engineer\/$/);
	});

	test('a tool page answers "which roles use Kubernetes?" and links them', async ({ page }) => {
		await page.goto('tools/kubernetes/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kubernetes');
		const table = page.getByRole('table', { name: 'Roles that use Kubernetes' });
		await expect(table.getByRole('rowheader')).toContainText(['ML Engineer', 'MLOps Engineer']);
		await table.getByRole('link', { name: 'MLOps Engineer' }).click();
		await expect(page).toHaveURL(/\/roles\/mlops-engineer\/#tools$/);
		await expect(
			page
				.locator('[data-role-section="tools"] li')
				.filter({ has: page.getByRole('link', { name: 'Kubernetes', exact: true }) }),
		).toBeVisible();
	});

	test('a skill page shows the level each role needs', async ({ page }) => {
		await page.goto('skills/statistics/');
		const row = page
			.getByRole('table', { name: /Roles that use Statistics/ })
			.locator('tr[data-role="data-scientist"]');
		await expect(row).toContainText('deep');
	});

	test('the all-roles table is readable on a phone, with nothing cut off', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto('');
		const table = page.getByRole('table', { name: 'The roles side by side' });
		await expect(table.locator('tr[data-role="ml-engineer"]')).toContainText('Production systems');
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});
