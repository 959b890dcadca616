import { expect, test } from '@playwright/test';
import { builtPages, pagesPerTemplate } from './builtPages';

/** One page of each template, the fullest. */
const pages = pagesPerTemplate(builtPages(), 1);

test.describe('stable layout: cumulative layout shift under 0.1 on one page of each template', () => {
	for (const width of [1350, 412]) {
		test(`at ${width} px`, async ({ browser }) => {
			test.setTimeout(300_000);
			const context = await browser.newContext({ viewport: { width, height: 900 } });
			// Adds up every layout shift not caused by the reader, from the first paint on, as the metric does.
			await context.addInitScript(() => {
				const w = window as unknown as { layoutShift: number };
				w.layoutShift = 0;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries() as (PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
					})[])
						if (!entry.hadRecentInput) w.layoutShift += entry.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			const page = await context.newPage();
			const shifts: string[] = [];
			for (const path of pages) {
				await page.goto(path, { waitUntil: 'load' });
				// Scripts run and reveal what they reveal within this time on any machine.
				await page.waitForTimeout(500);
				const shift = await page.evaluate(
					() => (window as unknown as { layoutShift: number }).layoutShift,
				);
				if (shift >= 0.1) shifts.push(`/${path}: ${shift.toFixed(3)}`);
			}
			await context.close();
			expect(shifts).toEqual([]);
		});
	}
});

test.describe('phones: no page wider than the screen, on one page of each template', () => {
	for (const width of [320, 390]) {
		test(`at ${width} px`, async ({ browser }) => {
			test.setTimeout(300_000);
			const context = await browser.newContext({ viewport: { width, height: 800 } });
			const page = await context.newPage();
			const wide: string[] = [];
			for (const path of pages) {
				await page.goto(path, { waitUntil: 'load' });
				const over = await page.evaluate(() => {
					const limit = document.documentElement.clientWidth;
					if (document.documentElement.scrollWidth <= limit) return '';
					// Name the widest element that sticks out, to say what to fix.
					const culprit = [...document.querySelectorAll<HTMLElement>('body *')]
						.filter(
							(e) =>
								e.getBoundingClientRect().right > limit + 1 &&
								getComputedStyle(e).position !== 'fixed',
						)
						.sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width)
						.at(-1);
					return `${document.documentElement.scrollWidth} px wide, e.g. <${culprit?.tagName.toLowerCase()} class="${culprit?.className}">`;
				});
				if (over) wide.push(`/${path}: ${over}`);
			}
			await context.close();
			expect(wide).toEqual([]);
		});
	}
});
