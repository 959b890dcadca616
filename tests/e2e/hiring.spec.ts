import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { expectNoAxeViolations } from './axe';

/** A role's interview data, read the way the build reads it. */
const interview = (id: string) =>
	yaml.load(readFileSync(`content/data/interviews/${id}.yaml`, 'utf8')) as {
		questions: { id: string; question: string }[];
	};

test.describe('getting hired', () => {
	test('is reached from the role page and shows the loop, questions with answers behind a disclosure, projects and levels', async ({
		page,
	}) => {
		await page.goto('roles/ml-engineer/');
		await page.locator('[data-hiring-link]').click();
		await expect(page).toHaveURL(/\/roles\/ml-engineer\/getting-hired\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Getting hired as an ML engineer',
		);
		await expect(page.locator('.loop > li')).not.toHaveCount(0);
		const questions = interview('ml-engineer').questions;
		await expect(page.locator('[data-question]')).toHaveCount(questions.length);
		const first = page.locator(`[data-question="${questions[0]!.id}"]`);
		await expect(first.getByText('A strong answer:')).toBeHidden();
		await first.locator('summary').click();
		await expect(first.getByText('A strong answer:')).toBeVisible();
		await expect(page.locator('[data-project]')).not.toHaveCount(0);
		await expect(
			page.getByRole('table', { name: /what changes from rung to rung/ }).locator('tr[data-level]'),
		).not.toHaveCount(0);
		await expectNoAxeViolations(page);
	});

	test("a project's full brief has its own page, reached from the getting-hired page, and leads back", async ({
		page,
	}) => {
		await page.goto('roles/ml-engineer/getting-hired/');
		const item = page.locator('[data-project]').first();
		const title = (await item.locator('a').first().textContent())!;
		await item.locator('a').first().click();
		await expect(page).toHaveURL(/\/projects\/[a-z0-9-]+\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		for (const term of ['Data', 'Stack', 'What to show a reviewer', 'Junior versus senior'])
			await expect(page.locator('.brief-facts dt', { hasText: term })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'getting hired as ML Engineer' }).click();
		await expect(page).toHaveURL(/\/roles\/ml-engineer\/getting-hired\/#portfolio-projects$/);
	});

	test('a skill page lists the questions about it, linked to their answers', async ({ page }) => {
		await page.goto('skills/llm-evaluation/');
		const section = page.locator('section[aria-labelledby="interview-questions"]');
		const first = section.locator('li a').first();
		await expect(first).toHaveAttribute('href', /\/roles\/[a-z-]+\/getting-hired\/#[a-z0-9-]+$/);
		await first.click();
		await expect(page).toHaveURL(/getting-hired\/#/);
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });
		test('every question and its answer are on the page', async ({ page }) => {
			await page.goto('roles/data-engineer/getting-hired/');
			await expect(page.locator('[data-question] summary')).toHaveCount(
				interview('data-engineer').questions.length,
			);
			await page.locator('[data-question] summary').first().click();
			await expect(
				page.locator('[data-question]').first().getByText('A strong answer:'),
			).toBeVisible();
		});
	});
});
