import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { expectNoAxeViolations, useTheme } from './axe';

/** How many topics a role's roadmap has: every requirement of its record. */
const topicCount = (id: string) => {
	const role = yaml.load(readFileSync(`content/data/roles/${id}.yaml`, 'utf8')) as {
		skills: unknown[];
		tools: unknown[];
	};
	return role.skills.length + role.tools.length;
};

test.describe('a learning roadmap', () => {
	test('is reached from the role page, and ticks survive a reload and show in the skill gap', async ({
		page,
	}) => {
		await page.goto('roles/ml-engineer/');
		await page.locator('[data-roadmap-link]').click();
		await expect(page).toHaveURL(/\/roles\/ml-engineer\/roadmap\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('ML Engineer roadmap');
		await page.getByRole('checkbox', { name: 'Docker', exact: true }).check();
		await page.getByRole('checkbox', { name: 'Python', exact: true }).check();
		await expect(page.locator('[data-roadmap-status]')).toContainText(
			`2 of ${topicCount('ml-engineer')} topics ticked`,
		);
		await page.reload();
		await expect(page.getByRole('checkbox', { name: 'Docker', exact: true })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'Python', exact: true })).toBeChecked();

		await page.goto('find-your-path/skills/');
		await expect(page.getByRole('checkbox', { name: /^Docker/ })).toBeChecked();
		await page.getByRole('checkbox', { name: /^Git tool/ }).check();
		// An alternative counts the same way on both pages: AWS meets "one cloud platform".
		await page.locator('input[name="have"][value="aws"]').check();
		await page.goto('roles/ml-engineer/roadmap/');
		await expect(page.getByRole('checkbox', { name: 'Git', exact: true })).toBeChecked();
		await expect(
			page.getByRole('checkbox', { name: 'One cloud platform', exact: true }),
		).toBeChecked();
	});

	test('a starting point marks what the reader likely knows and lowers the hours left', async ({
		page,
	}) => {
		await page.goto('roles/ml-engineer/roadmap/');
		const status = page.locator('[data-roadmap-status]');
		const hours = async () =>
			Number(/about ([\d,]+)–/i.exec((await status.textContent()) ?? '')?.[1]?.replaceAll(',', ''));
		await expect(status).toContainText('hours left');
		const fromScratch = await hours();
		await page
			.getByLabel('I am starting as')
			.selectOption({ label: 'Backend or software engineer' });
		await expect(page.locator('[data-topic="apis-microservices"] [data-known]')).toHaveText(
			'You likely know this',
		);
		await expect(page.locator('[data-topic="ml-fundamentals"] [data-known]')).toBeHidden();
		expect(await hours()).toBeLessThan(fromScratch);
	});

	test('the link to my progress reproduces the ticks in a fresh browser', async ({
		page,
		browser,
	}) => {
		await page.goto('roles/data-engineer/roadmap/');
		await page.getByRole('checkbox', { name: 'SQL', exact: true }).check();
		await page.getByLabel('I am starting as').selectOption({ label: 'Data analyst' });
		const href = await page.locator('[data-roadmap-share]').getAttribute('href');
		// A ticked topic is had at the level the role needs: deep SQL for a data engineer.
		expect(href).toMatch(/\?have=sql:deep&from=data-analyst&hours=10$/);
		const fresh = await browser.newContext();
		const other = await fresh.newPage();
		await other.goto(new URL(href!, page.url()).href);
		await expect(other.getByRole('checkbox', { name: 'SQL', exact: true })).toBeChecked();
		await expect(other.getByLabel('I am starting as')).toHaveValue('data-analyst');
		await expect(other.locator('[data-roadmap-notice]')).toContainText(
			'Progress loaded from the link',
		);
		await other.getByRole('button', { name: 'Clear my progress' }).click();
		await expect(other.getByRole('checkbox', { name: 'SQL', exact: true })).not.toBeChecked();
		await fresh.close();
	});

	test('a shared link is a preview when the reader has progress of their own: nothing is lost until they choose', async ({
		page,
	}) => {
		await page.goto('roles/data-engineer/roadmap/');
		await page.getByRole('checkbox', { name: 'Python', exact: true }).check();
		await page.getByRole('checkbox', { name: 'Git', exact: true }).check();
		// Someone else's link: SQL only.
		await page.goto('roles/data-engineer/roadmap/?have=sql:deep');
		const notice = page.locator('[data-roadmap-notice]');
		await expect(notice).toContainText(
			'Your own saved progress (2 ticked) is unchanged until you choose',
		);
		await expect(page.getByRole('checkbox', { name: 'SQL', exact: true })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'Python', exact: true })).not.toBeChecked();
		// Looking changes nothing: a reload without the link shows the reader's own ticks.
		await page.goto('roles/data-engineer/roadmap/');
		await expect(page.getByRole('checkbox', { name: 'Python', exact: true })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'SQL', exact: true })).not.toBeChecked();
		// Merging keeps both.
		await page.goto('roles/data-engineer/roadmap/?have=sql:deep');
		await notice.getByRole('button', { name: 'Merge both' }).click();
		for (const name of ['Python', 'Git', 'SQL'])
			await expect(page.getByRole('checkbox', { name, exact: true })).toBeChecked();
		// The skill gap shares the same progress.
		await page.goto('find-your-path/skills/');
		for (const id of ['sql', 'python', 'git'])
			await expect(page.locator(`input[name="have"][value="${id}"]`)).toBeChecked();
	});

	test('progress saved to a file comes back, merged, in a browser that has lost it', async ({
		page,
	}) => {
		await page.goto('roles/data-engineer/roadmap/');
		await page.getByRole('checkbox', { name: 'SQL', exact: true }).check();
		await page.getByLabel('Hours a week').fill('15');
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Save to a file' }).click();
		const file = await (await download).path();
		await page.getByRole('button', { name: 'Clear my progress' }).click();
		await page.getByRole('checkbox', { name: 'Python', exact: true }).check();
		await page.getByLabel('Load from a file').setInputFiles(file);
		await expect(page.locator('[data-roadmap-notice]')).toContainText(
			'Loaded 1 tick from the file',
		);
		await expect(page.getByRole('checkbox', { name: 'SQL', exact: true })).toBeChecked();
		await expect(page.getByRole('checkbox', { name: 'Python', exact: true })).toBeChecked();
		await expect(page.getByLabel('Hours a week')).toHaveValue('15');
	});

	test('from the keyboard: the phase list jumps to a phase, and arrow keys move from tick to tick', async ({
		page,
	}) => {
		await page.goto('roles/data-engineer/roadmap/');
		await page
			.getByRole('navigation', { name: 'Phases' })
			.getByRole('link', { name: 'Streaming and change data capture' })
			.click();
		await expect(page).toHaveURL(/#streaming-and-change-data-capture$/);
		const first = page.getByRole('checkbox', { name: 'SQL', exact: true });
		await first.focus();
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('checkbox', { name: 'Python', exact: true })).toBeFocused();
		await page.keyboard.press('Space');
		await expect(page.getByRole('checkbox', { name: 'Python', exact: true })).toBeChecked();
		await page.keyboard.press('ArrowUp');
		await expect(first).toBeFocused();
	});

	test('a plan: hours a week give a finish date that moves as the reader ticks, and the start and pace survive a reload', async ({
		page,
	}) => {
		await page.goto('roles/ai-engineer/roadmap/');
		const plan = page.locator('[data-plan-status]');
		await page
			.getByLabel('I am starting as')
			.selectOption({ label: 'Backend or software engineer' });
		await page.getByLabel('Hours a week').fill('10');
		await expect(plan).toHaveText(
			/^At 10 hours a week, the must-haves and often-asked-fors take [\d,]+–[\d,]+ weeks \(about [\d–]+ months\), finishing between \w+ \d{4} and \w+ \d{4}\./,
		);
		const weeks = async () =>
			Number(/take ([\d,]+)–/.exec((await plan.textContent()) ?? '')?.[1]?.replaceAll(',', ''));
		const before = await weeks();
		await page
			.getByRole('checkbox', { name: 'Retrieval-augmented generation', exact: true })
			.check();
		await expect.poll(weeks).toBeLessThan(before);
		await page.getByLabel('Hours a week').fill('20');
		await expect(plan).toContainText('At 20 hours a week');
		// The map marks the tick and what the starting point covers.
		await expect(page.locator('[data-chip="rag"]')).toHaveClass(/is-ticked/);
		await expect(page.locator('[data-chip="apis-microservices"]')).toHaveClass(/is-known/);
		await page.reload();
		await expect(page.getByLabel('I am starting as')).toHaveValue('backend-engineer');
		await expect(page.getByLabel('Hours a week')).toHaveValue('20');
		await expect(page.locator('[data-roadmap-status]')).toContainText('From your starting point');
	});

	test('the concepts inside a broad topic can be ticked one by one, and count towards the hours left', async ({
		page,
	}) => {
		await page.goto('roles/ml-engineer/roadmap/');
		const topic = page.locator('[data-topic="ml-fundamentals"]');
		const status = page.locator('[data-roadmap-status]');
		const hours = async () =>
			Number(/about ([\d,]+)–/i.exec((await status.textContent()) ?? '')?.[1]?.replaceAll(',', ''));
		const before = await hours();
		await topic.locator('[data-concepts] summary').click();
		const concepts = topic.locator('input[name="concept"]');
		await expect(concepts.first()).toBeVisible();
		expect(await concepts.count()).toBeGreaterThanOrEqual(4);
		await concepts.first().check();
		await expect(topic.locator('[data-concepts-progress]')).toHaveText('(1 ticked)');
		await expect.poll(hours).toBeLessThan(before);
		await page.reload();
		await expect(topic.locator('[data-concepts-progress]')).toHaveText('(1 ticked)');
		await topic.locator('[data-concepts] summary').click();
		await expect(topic.locator('input[name="concept"]').first()).toBeChecked();
	});

	test('a corrupted saved value is reset with a message, and the page still works', async ({
		page,
	}) => {
		await page.goto('roles/ml-engineer/roadmap/');
		await page.evaluate(() => localStorage.setItem('ai-roles-guide:have', '{broken'));
		await page.reload();
		await expect(page.locator('[data-roadmap-notice]')).toContainText(
			'could not be read, so it was reset',
		);
		await page.getByRole('checkbox', { name: 'Docker', exact: true }).check();
		await expect(page.locator('[data-roadmap-status]')).toContainText('1 of');
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`has no axe violations in ${theme} mode`, async ({ page }) => {
			await page.goto('roles/llm-engineer/roadmap/');
			await useTheme(page, theme);
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('a roadmap without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists every topic with its level, hours and resources, and hides the controls', async ({
		page,
	}) => {
		await page.goto('roles/mlops-engineer/roadmap/');
		await expect(page.locator('[data-topic]')).toHaveCount(topicCount('mlops-engineer'));
		const k8s = page.locator('[data-topic="kubernetes"]');
		await expect(k8s).toContainText('Level: deep');
		await expect(k8s).toContainText(/About [\d,]+–[\d,]+ hours/);
		await expect(k8s.locator('.roadmap-resources a').first()).toHaveAttribute(
			'href',
			/^https:\/\//,
		);
		await expect(page.locator('[data-roadmap-form]')).toBeHidden();
		// The map shows every topic by its full name, phase by phase, and a table gives the time it takes.
		await expect(page.locator('[data-roadmap-map] [data-chip]')).toHaveCount(
			topicCount('mlops-engineer'),
		);
		await expect(page.locator('[data-chip="infrastructure-as-code"]')).toHaveText(
			'Infrastructure as code',
		);
		await expect(
			page.getByRole('table', { name: "How long it takes from scratch, by the guide's estimates" }),
		).toContainText(/weeks \(about/);
	});
});
