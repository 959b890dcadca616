import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, useTheme } from './axe';

test.describe('the ML Engineer page', () => {
	test('shows the role data from its record, section by section', async ({ page }) => {
		await page.goto('roles/ml-engineer/');
		await expect(page.getByRole('heading', { level: 1, name: 'ML Engineer' })).toBeVisible();

		const summary = page.getByRole('region', { name: 'ML Engineer at a glance' });
		await expect(summary).toContainText('Production systems');
		await expect(summary).toContainText('80% code : 20% research');
		await expect(summary).toContainText('Software engineering');
		await expect(summary).toContainText('Source: AI Roles Explained');

		for (const heading of [
			'What they do',
			'A typical day',
			'Skills',
			'Tools',
			'Example projects',
			'Career ladder',
			'Is this role for you?',
			'The market',
			'Sources',
		]) {
			await expect(
				page.getByRole('heading', { level: 2, name: heading, exact: true }),
			).toBeVisible();
		}
		await expect(page.locator('[data-role-section="a-typical-day"]')).toContainText(
			'Tracks down why the model-serving API has become slow',
		);
		await expect(
			page
				.getByRole('list', { name: 'ML Engineer career ladder, individual contributor track' })
				.getByRole('listitem'),
		).toHaveText([
			/Junior ML Engineer$/,
			/ML Engineer$/,
			/Senior ML Engineer$/,
			/Staff ML Engineer$/,
		]);
		await expect(
			page
				.getByRole('list', { name: 'ML Engineer career ladder, management track' })
				.getByRole('listitem'),
		).toHaveText([/ML Platform Lead$/]);
		await expect(page.locator('[data-role-section="the-market"] [data-pay]')).toContainText(
			'software developers (SOC 15-1252)',
		);
		await expect(
			page.locator('[data-role-section="tools"] li').filter({ hasText: 'An experiment tracker' }),
		).toContainText('Tracks experiments and versions models');
		await expect(page.locator('[data-role-section="skills"] li')).not.toHaveCount(0);
		await expect(page.locator('[data-role-section="example-projects"]')).toContainText(
			'10,000 requests a second',
		);
	});

	// One ladder, read on three pages: the role page, the career-levels lesson and the getting-hired
	// level table show the same rungs and the same entry-level status.
	test('shows the same ladder and entry-level status as the career-levels lesson and the getting-hired page', async ({
		page,
	}) => {
		for (const role of [
			{ id: 'llm-engineer', name: 'LLM Engineer' },
			{ id: 'ml-engineer', name: 'ML Engineer' },
		]) {
			await page.goto(`roles/${role.id}/`);
			const rungs = (
				await page.locator('[data-role-section="career-ladder"] [data-ladder] li').allTextContents()
			).map((t) => t.replace(/\s+/g, ' ').replace(' :', ':').trim());
			const entry = (await page.locator('[data-entry-level] strong').textContent())!.trim();
			const titles = rungs.map((r) => r.replace(/^\S+( \S+)?: /, ''));

			await page.goto(`roles/${role.id}/getting-hired/`);
			const rows = page.locator('tbody tr[data-level] th');
			expect(
				(await rows.allTextContents()).map((t) =>
					t
						.replace(/\s+/g, ' ')
						.replace(/ \(.*$/, '')
						.trim(),
				),
			).toEqual(rungs);
			await expect(page.locator('main')).toContainText(entry);

			await page.goto('lessons/career-levels/');
			const row = page.locator(`tr[data-role="${role.id}"]`);
			for (const title of titles) await expect(row).toContainText(title);
			await expect(row).toContainText(
				entry.startsWith('Entry-level posts exist') ? 'Yes' : 'Uncommon',
			);
		}
	});

	// By one of its other titles, which the dialog reads as a question about the role. Search loads
	// when the browser is idle, which under load can take several seconds: hence the longer wait.
	test('is found by the search dialog when a reader types "Machine Learning Engineer"', async ({
		page,
	}) => {
		await page.goto('');
		await page.getByRole('button', { name: 'Search' }).click();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		await dialog.getByRole('textbox', { name: 'Search' }).fill('Machine Learning Engineer');
		const result = dialog.locator('a[href$="/roles/ml-engineer/"]').first();
		await expect(result).toBeVisible({ timeout: 15_000 });
		await result.click();
		await expect(page).toHaveURL(/\/roles\/ml-engineer\//);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`has no axe violations in ${theme} mode`, async ({ page }) => {
			await page.goto('roles/ml-engineer/');
			await useTheme(page, theme);
			await expectNoAxeViolations(page);
		});
	}
});
