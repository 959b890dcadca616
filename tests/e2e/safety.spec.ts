import { expect, type Page, test } from '@playwright/test';

/** Records, for a page, every request that leaves the site's host and every CSP violation. */
async function watch(page: Page, baseURL: string | undefined) {
	const site = new URL(baseURL ?? 'http://127.0.0.1/').host;
	const foreign: string[] = [];
	const violations: string[] = [];
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (!['http:', 'https:'].includes(url.protocol)) return;
		if (url.host !== site) foreign.push(request.url());
	});
	page.on('console', (message) => {
		if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text()))
			violations.push(message.text());
	});
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { cspViolations: string[] }).cspViolations ??= [];
			(window as unknown as { cspViolations: string[] }).cspViolations.push(
				`${event.violatedDirective}: ${event.blockedURI}`,
			);
		});
	});
	return {
		async expectClean() {
			const inPage = await page.evaluate(
				() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
			);
			expect([...violations, ...inPage], 'CSP violations').toEqual([]);
			expect(foreign, 'requests to other origins').toEqual([]);
		},
	};
}

const pages = [
	'',
	'roles/ml-engineer/',
	'lessons/ai-engineering-beyond-the-api/',
	'compare/',
	'compare/data-scientist-vs-ml-engineer/',
	'tools/kubernetes/',
	'skills/',
	'find-your-path/',
];

test.describe('safe by default', () => {
	test('every kind of page loads under its Content-Security-Policy without a violation or a foreign request', async ({
		page,
		baseURL,
	}) => {
		const watcher = await watch(page, baseURL);
		for (const path of pages) {
			await page.goto(path);
			const policy = await page
				.locator('meta[http-equiv="content-security-policy"]')
				.getAttribute('content');
			expect(policy, path).toContain("default-src 'self'");
			expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
			await page.waitForLoadState('networkidle');
		}
		await watcher.expectClean();
	});

	test('search runs under the policy and asks only the site itself', async ({ page, baseURL }) => {
		const watcher = await watch(page, baseURL);
		await page.goto('roles/ml-engineer/');
		// The button does nothing until Starlight's search element is defined: on a busy machine a click can come first.
		await page.waitForFunction(() => customElements.get('site-search') !== undefined);
		await page.getByRole('button', { name: /Search/ }).click();
		await page
			.getByRole('dialog', { name: 'Search' })
			.getByRole('textbox', { name: 'Search' })
			.fill('Kubernetes');
		await expect(
			page
				.getByRole('dialog', { name: 'Search' })
				.getByRole('link', { name: 'Kubernetes · Tool' })
				.first(),
		).toBeVisible();
		await watcher.expectClean();
	});

	test('the theme switch works under the policy', async ({ page, baseURL }) => {
		const watcher = await watch(page, baseURL);
		await page.goto('roles/ml-engineer/');
		const select = page.getByRole('combobox', { name: 'Select theme' }).first();
		await select.selectOption('dark');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await select.selectOption('light');
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		await watcher.expectClean();
	});

	test('a role page prints cleanly: no navigation, links shown', async ({ page }) => {
		await page.goto('roles/ml-engineer/');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('header.header')).toBeHidden();
		await expect(page.locator('#starlight__sidebar')).toBeHidden();
		await expect(page.getByRole('heading', { level: 1, name: 'ML Engineer' })).toBeVisible();
		const shown = await page
			.locator('.sl-markdown-content a[href^="https"]')
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(shown).toMatch(/^"? ?\(?"?https/);
		// Collapsed lists open for printing, so the printout is complete.
		await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
		await expect(page.locator('main details:not([open])')).toHaveCount(0);
	});

	test('a roadmap prints its ticks, its summary and its phases, and every link its address', async ({
		page,
	}) => {
		await page.goto('roles/data-engineer/roadmap/');
		await page.getByRole('checkbox', { name: 'SQL', exact: true }).check();
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('[data-roadmap-status]')).toBeVisible();
		await expect(page.locator('[data-roadmap-status]')).toContainText('1 of');
		await expect(page.locator('[data-roadmap-map]')).toBeVisible();
		await expect(page.getByRole('heading', { level: 2, name: /^1\. / })).toBeVisible();
		await expect(page.getByLabel('I am starting as')).toBeHidden();
		const box = page.getByRole('checkbox', { name: 'SQL', exact: true });
		expect(await box.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(0, 0, 0)');
		const internal = await page
			.locator('main a[href^="/"]')
			.first()
			.evaluate((a) => getComputedStyle(a, '::after').content);
		expect(internal).toMatch(/\(.*\/.*\)/);
	});

	test('without JavaScript, controls that need it are not shown and the theme follows the system', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
		const page = await context.newPage();
		await page.goto('roles/ml-engineer/');
		await expect(page.locator('site-search').first()).toBeHidden();
		await expect(page.locator('starlight-theme-select').first()).toBeHidden();
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
			'rgb(255, 255, 255)',
		);
		await context.close();
	});

	test('a mistyped address gets a "did you mean" to the nearest page', async ({ page }) => {
		const response = await page.goto('roles/ai-enginer/');
		expect(response?.status()).toBe(404);
		const suggestion = page.locator('[data-did-you-mean]');
		await expect(suggestion).toHaveText('Did you mean AI Engineer?');
		await suggestion.getByRole('link').click();
		await expect(page).toHaveURL(/\/roles\/ai-engineer\/$/);
	});
});
