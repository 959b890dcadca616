import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';

/** The WCAG levels every page must meet. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Where the test server serves axe-core, beside the build (see `playwright.config.ts`). Loaded
 * by URL rather than evaluated as a string, the browser caches it and keeps its compiled code,
 * instead of parsing half a megabyte again for every page.
 */
export const axeScript = {
	urlPath: '/__tests__/axe-core.js',
	file: createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
};

/** One rule axe found broken, with the elements that break it. */
export interface Violation {
	id: string;
	impact: string | null;
	help: string;
	targets: string[];
}

/**
 * Runs axe-core over the page for `wcagTags` and returns what it found broken. axe is put into the
 * page once per document, as a same-origin script (which the page's CSP allows), by a script
 * element the page's own world appends: `page.addScriptTag` would first load Playwright's helper
 * script into every new document, which costs the gate about a sixth of its CPU over 400 pages.
 * Only violations are collected: the passes, which the gate never reads, are most of axe's time on
 * a long page. The site has no iframes, so axe's cross-frame machinery is not needed.
 */
export async function runAxe(page: Page): Promise<Violation[]> {
	await page.evaluate(
		(url) =>
			'axe' in window ||
			new Promise((resolve, reject) => {
				const script = Object.assign(document.createElement('script'), { src: url });
				script.addEventListener('load', resolve);
				script.addEventListener('error', () => reject(new Error(`${url} did not load`)));
				document.head.append(script);
			}),
		axeScript.urlPath,
	);
	return page.evaluate(async (tags) => {
		const axe = (
			window as unknown as {
				axe: {
					run: (
						context: Document,
						options: object,
					) => Promise<{
						violations: {
							id: string;
							impact: string | null;
							help: string;
							nodes: { target: unknown[] }[];
						}[];
					}>;
				};
			}
		).axe;
		const { violations } = await axe.run(document, {
			runOnly: { type: 'tag', values: tags },
			resultTypes: ['violations'],
		});
		return violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			targets: v.nodes.map((n) => n.target.join(' ')),
		}));
	}, wcagTags);
}

/** Sets Starlight's theme the way a reader's choice does, and waits until the page shows it. */
export async function useTheme(page: Page, theme: 'light' | 'dark') {
	await page.emulateMedia({ colorScheme: theme });
	await page.evaluate((t) => localStorage.setItem('starlight-theme', t), theme);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** Runs axe over the page and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page) {
	const summary = (await runAxe(page)).map(
		(v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.targets.join('\n  ')}`,
	);
	expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
