import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

const roleIds = readdirSync('content/data/roles')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.replace(/\.yaml$/, ''));

test.describe('figures a reader can check', () => {
	// A published source is linked; an unpublished one is named in a source note, or in the text with a
	// link to the page's list of sources, where it is described.
	test('every amount of money and every percentage on a role page sits next to its source', async ({
		page,
	}) => {
		for (const id of roleIds) {
			await page.goto(`roles/${id}/`);
			const unsourced = await page.evaluate(() => {
				const figure = /(?:[$€£]|CA\$)\s?\d|\d[\d,.]*\s?%/;
				const walker = document.createTreeWalker(
					document.querySelector('main')!,
					NodeFilter.SHOW_TEXT,
				);
				const problems: string[] = [];
				for (let node = walker.nextNode(); node; node = walker.nextNode()) {
					const text = node.textContent ?? '';
					if (!figure.test(text)) continue;
					const holder = node.parentElement?.closest('li, p, tr, dd, td, figure, blockquote');
					const table = holder?.closest('table')?.parentElement;
					const sourced =
						holder?.querySelector(
							'.source-note a[href^="https://"], .source-note cite, a[href^="https://"], a[href="#sources"]',
						) ?? table?.querySelector('.table-sources a[href^="https://"], .table-sources cite');
					if (!sourced) problems.push(text.trim().slice(0, 80));
				}
				return problems;
			});
			expect(unsourced, `/roles/${id}/`).toEqual([]);
		}
	});
});
