import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { wcagTags } from './axe';

/** Every page of the build, except redirect stubs, as paths relative to the base URL. */
function builtPages(): string[] {
	const dist = join(process.cwd(), 'dist');
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name))
		.filter((file) => !/http-equiv="refresh"/.test(readFileSync(file, 'utf8').slice(0, 400)))
		.map((file) => relative(dist, file).split(sep).join('/').replace(/index\.html$/, ''))
		.sort();
}

const pages = builtPages();
const chunks = 8;

test.describe('accessibility gate: axe (WCAG 2.0 and 2.1, A and AA) on every page', () => {
	test('covers the whole site', () => {
		expect(pages.length).toBeGreaterThan(150);
		expect(pages).toContain('roles/ml-engineer/');
		expect(pages).toContain('404.html');
	});

	for (const theme of ['light', 'dark'] as const) {
		for (let chunk = 0; chunk < chunks; chunk++) {
			test(`${theme} mode, part ${chunk + 1} of ${chunks}`, async ({ browser }) => {
				test.setTimeout(600_000);
				const context = await browser.newContext({ colorScheme: theme });
				await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
				const page = await context.newPage();
				const failures: string[] = [];
				for (const path of pages.filter((_, i) => i % chunks === chunk)) {
					await page.goto(path);
					await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
					const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
					for (const v of violations) failures.push(`/${path}: ${v.id} (${v.impact}) ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
				}
				await context.close();
				expect(failures).toEqual([]);
			});
		}
	}
});

test.describe('keyboard', () => {
	test('the search dialog opens with Ctrl+K, closes with Escape, and leads to a result with the keyboard', async ({ page }) => {
		await page.goto('roles/ml-engineer/');
		// The shortcut works once Starlight's search element has started.
		await page.waitForFunction(() => customElements.get('site-search') !== undefined);
		await expect(page.locator('button[data-open-modal]')).toBeEnabled();
		const dialog = page.getByRole('dialog', { name: 'Search' });
		const input = dialog.getByRole('textbox', { name: 'Search' });
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
		for (let i = 0; i < 10 && !(await first.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(first).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/tools\/kubernetes\/$/);
	});

	test('on a phone, the sidebar menu opens and is navigable with the keyboard', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 740 });
		await page.goto('roles/ml-engineer/');
		await page.waitForFunction(() => customElements.get('sl-sidebar-pane') !== undefined);
		// Starlight's menu button opens the sidebar as a native popover.
		const menu = page.getByRole('button', { name: 'Menu' });
		await menu.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('#starlight__sidebar')).toBeVisible();
		await expect(menu).toHaveAttribute('popovertarget', 'starlight__sidebar');
		const link = page.locator('#starlight__sidebar').getByRole('link', { name: 'Data Scientist', exact: true });
		await expect(link).toBeVisible();
		for (let i = 0; i < 40 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(link).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/roles\/data-scientist\/$/);
	});
});
