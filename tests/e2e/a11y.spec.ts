import { expect, test } from '@playwright/test';
import { runAxe, wcagTags } from './axe';
import { builtPages, pagesPerTemplate, templateOf } from './builtPages';

const pages = builtPages();
const everyPage = pages.map((p) => p.path);
const checks: { theme: 'light' | 'dark'; paths: string[]; parts: number }[] = [
	{ theme: 'light', paths: everyPage, parts: 8 },
	{ theme: 'dark', paths: pagesPerTemplate(pages), parts: 2 },
];

test.describe(`accessibility gate: axe (${wcagTags.join(', ')}) on every page in light mode, one page per template in dark mode`, () => {
	test('catches a violation: text too faint to read, a button with no name', async ({ page }) => {
		await page.goto('');
		await page.evaluate(() => {
			const p = document.createElement('p');
			p.textContent = 'Barely visible';
			p.style.cssText = 'color: #ddd; background: #fff';
			document.querySelector('main')?.append(p, document.createElement('button'));
		});
		expect((await runAxe(page)).map((v) => v.id).sort()).toEqual(['button-name', 'color-contrast']);
	});

	test('covers the whole site', () => {
		expect(everyPage.length).toBeGreaterThan(150);
		expect(everyPage).toContain('roles/ml-engineer/');
		expect(everyPage).toContain('404.html');
		const dark = pagesPerTemplate(pages);
		for (const template of new Set(everyPage.map(templateOf)))
			expect(dark.map(templateOf), template).toContain(template);
		expect(dark).toContain('lessons/ai-roles-explained/');
	});

	for (const { theme, paths, parts } of checks) {
		for (let part = 0; part < parts; part++) {
			test(`${theme} mode, part ${part + 1} of ${parts}`, async ({ browser }) => {
				test.setTimeout(600_000);
				const context = await browser.newContext({ colorScheme: theme });
				await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
				const page = await context.newPage();
				const failures: string[] = [];
				for (const path of paths.filter((_, i) => i % parts === part)) {
					await page.goto(path);
					// Read in the page's own world: a locator would load Playwright's helper script into
					// every page (see runAxe). Starlight sets the theme before the body is parsed.
					expect(await page.evaluate(() => document.documentElement.dataset.theme), path).toBe(
						theme,
					);
					for (const v of await runAxe(page))
						failures.push(
							`/${path}: ${v.id} (${v.impact}) ${v.help} → ${v.targets.slice(0, 3).join(' | ')}`,
						);
				}
				await context.close();
				expect(failures).toEqual([]);
			});
		}
	}
});

test.describe('keyboard', () => {
	test('the search dialog opens with Ctrl+K, closes with Escape, and leads to a result with the keyboard', async ({
		page,
	}) => {
		await page.goto('roles/ml-engineer/');
		// The shortcut works once Starlight's search element has started, and focuses the search box
		// once Pagefind's UI, built when the browser is first idle, has put it in the dialog.
		await page.waitForFunction(() => customElements.get('site-search') !== undefined);
		await expect(page.locator('button[data-open-modal]')).toBeEnabled();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		const input = dialog.getByRole('textbox', { name: 'Search' });
		await expect(page.locator('#starlight__search input')).toBeAttached({ timeout: 15_000 });
		await page.keyboard.press('Control+k');
		await expect(input).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();

		await page.keyboard.press('Control+k');
		await expect(input).toBeFocused();
		await page.keyboard.type('Kubernetes');
		const first = dialog.getByRole('link', { name: 'Kubernetes · Tool' }).first();
		await expect(first).toBeVisible();
		// Tab moves from the search box through the results to the first result's link.
		for (let i = 0; i < 10 && !(await first.evaluate((a) => a === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(first).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/tools\/kubernetes\/$/);
	});

	test('on a phone, the sidebar menu opens and is navigable with the keyboard', async ({
		page,
	}) => {
		await page.setViewportSize({ width: 375, height: 740 });
		await page.goto('roles/ml-engineer/');
		await page.waitForFunction(() => customElements.get('sl-sidebar-pane') !== undefined);
		// Starlight's menu button opens the sidebar as a native popover.
		const menu = page.getByRole('button', { name: 'Menu' });
		await menu.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('#starlight__sidebar')).toBeVisible();
		await expect(menu).toHaveAttribute('popovertarget', 'starlight__sidebar');
		const link = page
			.locator('#starlight__sidebar')
			.getByRole('link', { name: 'Data Scientist', exact: true });
		await expect(link).toBeVisible();
		for (let i = 0; i < 40 && !(await link.evaluate((a) => a === document.activeElement)); i++)
			await page.keyboard.press('Tab');
		await expect(link).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/roles\/data-scientist\/$/);
	});
});
