import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG levels every page must meet. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Sets Starlight's theme the way a reader's choice does, and waits until the page shows it. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
	await page.emulateMedia({ colorScheme: theme });
	await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Runs axe over the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
