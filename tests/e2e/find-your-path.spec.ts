import { readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import yaml from 'js-yaml';
import { expectNoAxeViolations, useTheme } from './axe';

/** The statements that describe an ML engineer, as a reader would tick them. */
const mleStatements = [
	'I work as a backend or software engineer',
	'I like building reliable systems that perform well at scale',
	'I want to build ML models and deploy them to production',
];

type RoleRecord = {
	name: string;
	skills: { id: string; importance: string }[];
	tools: { id: string; importance: string }[];
};
/** A role's record, read the way the build reads it. */
const record = (id: string) =>
	yaml.load(readFileSync(`content/data/roles/${id}.yaml`, 'utf8')) as RoleRecord;
/** How many core requirements a role has. */
const coreCount = (role: RoleRecord) =>
	[...role.skills, ...role.tools].filter((r) => r.importance === 'core').length;
const mle = record('ml-engineer');
const statementCount = (
	yaml.load(readFileSync('content/data/statements.yaml', 'utf8')) as unknown[]
).length;
const roleCount = readdirSync('content/data/roles').filter((f) => f.endsWith('.yaml')).length;

test.describe('find your path: the self-assessment', () => {
	test('ticking what describes an ML engineer ranks ML Engineer first and says why', async ({
		page,
	}) => {
		await page.goto('find-your-path/');
		const status = page.locator('[data-path-status]');
		await expect(status).toHaveText(/^Tick the statements that fit you/);
		for (const text of mleStatements) await page.getByRole('checkbox', { name: text }).check();

		await expect(status).toHaveText(
			/^ML Engineer fits best, with a score of \d+ from 3 statements\./,
		);
		const ranking = page.locator('[data-path-ranking] > li:not([hidden])');
		await expect(ranking.first()).toHaveAttribute('data-role', 'ml-engineer');
		const first = ranking.first();
		await expect(first.getByRole('link', { name: 'ML Engineer', exact: true })).toHaveAttribute(
			'href',
			'/roles/ml-engineer/',
		);
		await expect(first.locator('[data-reason]:not([hidden])')).toHaveText(
			mleStatements.map((text) => new RegExp(`^${text}`)),
		);
		await expect(first.getByRole('link', { name: /^Compare with / })).toHaveAttribute(
			'href',
			/^\/compare\/ml-engineer-vs-[a-z-]+\/$/,
		);
		await expect(first.getByRole('link', { name: 'How far am I from this role?' })).toHaveAttribute(
			'href',
			'/find-your-path/skills/?role=ml-engineer',
		);
		// A role none of the ticked statements points to is not ranked.
		await expect(
			page.locator('[data-path-ranking] > li[data-role="ai-ethics-specialist"]'),
		).toBeHidden();

		await expect(page).toHaveURL(
			/\?s=software-engineering-background,reliable-systems-at-scale,build-deploy-models$/,
		);
		await page.getByRole('button', { name: 'Clear all' }).click();
		await expect(page).toHaveURL(/\/find-your-path\/$/);
		await expect(ranking).toHaveCount(0);
	});

	test('the shared URL reproduces the result, ignoring unknown ids and order', async ({ page }) => {
		await page.goto(
			'find-your-path/?s=build-deploy-models,not-a-statement,reliable-systems-at-scale,software-engineering-background',
		);
		for (const text of mleStatements)
			await expect(page.getByRole('checkbox', { name: text })).toBeChecked();
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(3);
		await expect(page.locator('[data-path-ranking] > li:not([hidden])').first()).toHaveAttribute(
			'data-role',
			'ml-engineer',
		);
		await expect(page).toHaveURL(
			/\?s=software-engineering-background,reliable-systems-at-scale,build-deploy-models$/,
		);
		await expect(page.getByRole('link', { name: 'Link to this result' })).toHaveAttribute(
			'href',
			/\?s=software-engineering-background,/,
		);
	});

	test('a tie at the top is reported as a tie, and the tied roles come in a stable order', async ({
		page,
	}) => {
		await page.goto('find-your-path/?s=research-degree,language-and-text,decide-what-to-build');
		await expect(page.locator('[data-path-status]')).toHaveText(
			/^NLP Engineer, AI Product Manager, Research Scientist share the top score of 3\. \d+ roles match what you ticked\.$/,
		);
		await expect(page.locator('[data-path-ranking] > li:not([hidden])').first()).toHaveAttribute(
			'data-role',
			'nlp-engineer',
		);
	});

	test('from the keyboard: Tab to a checkbox, Space ticks it, and the live region says so', async ({
		page,
	}) => {
		await page.goto('find-your-path/');
		const status = page.locator('[data-path-status]');
		await expect(status).toHaveAttribute('aria-live', 'polite');
		const box = page.getByRole('checkbox', {
			name: 'I work in DevOps or site reliability engineering',
		});
		await page.getByRole('checkbox', { name: 'I work as a backend or software engineer' }).focus();
		await page.keyboard.press('Tab');
		await expect(box).toBeFocused();
		await page.keyboard.press('Space');
		await expect(box).toBeChecked();
		await expect(status).toHaveText(/^MLOps Engineer fits best/);
	});

	test('prints the result without the form', async ({ page }) => {
		await page.goto('find-your-path/?s=devops-sre-background');
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('[data-path-form]')).toBeHidden();
		await expect(
			page.locator('[data-path-ranking] > li[data-role="mlops-engineer"]'),
		).toBeVisible();
	});

	test('is readable on a phone, with nothing cut off', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(
			`find-your-path/?s=${['software-engineering-background', 'research-degree', 'language-and-text'].join(',')}`,
		);
		await expect(page.locator('[data-path-ranking] > li:not([hidden])').first()).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`has no axe violations in ${theme} mode, with a result showing`, async ({ page }) => {
			await page.goto('find-your-path/?s=statistical-analysis,devops-sre-background');
			await useTheme(page, theme);
			await expect(page.locator('[data-path-ranking] > li:not([hidden])').first()).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('find your path: the skill gap', () => {
	test('counts core requirements met, credits a group from one member and a skill from what implies it', async ({
		page,
	}) => {
		await page.goto('find-your-path/skills/?have=python,git,docker&role=ml-engineer');
		await expect(page.getByRole('combobox', { name: 'Measure against' })).toHaveValue(
			'ml-engineer',
		);
		await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(3);
		await expect(page.locator('[data-gap-status]')).toContainText(
			`You already meet 3 of the ML engineer's ${coreCount(mle)} core requirements.`,
		);
		const card = page.locator('[data-gap-ranking] > li').first();
		await expect(card).toHaveAttribute('data-role', 'ml-engineer');
		await expect(card.locator('details')).toHaveAttribute('open', '');
		// The ranking weighs what is missing by the guide's hours, so the page needs them: some learning is left, not none.
		await expect(card.locator('[data-gap-summary]')).toHaveText(
			/^you meet 3 of \d+ core requirements; about [1-9]\d?% of its learning is still to do$/,
		);
		for (const had of ['python', 'git', 'docker'])
			await expect(card.locator(`[data-item="${had}"]`)).toBeHidden();
		await expect(
			card
				.locator('[data-item="model-deployment"]')
				.getByRole('link', { name: 'Model deployment and serving' }),
		).toHaveAttribute('href', '/skills/model-deployment/');
		await expect(card.locator('[data-item="cloud-platform"]')).toBeVisible();

		// One member satisfies "one cloud platform"; PyTorch is a deep-learning framework, and credits the
		// basics of Python, which it builds on: an ML engineer needs Python day to day, so it is to deepen.
		await page.goto('find-your-path/skills/?have=gcp,pytorch&role=ml-engineer');
		const first = page.locator('[data-gap-ranking] > li').first();
		await expect(first.locator('[data-item="cloud-platform"]')).toBeHidden();
		await expect(first.locator('[data-item="deep-learning-framework"]')).toBeHidden();
		await expect(first.locator('[data-item="python"]')).toContainText(
			'(deepen: foundation → working)',
		);
		await expect(first.locator('[data-item="docker"]')).toBeVisible();
	});

	test('ticking and filtering update the result and the URL', async ({ page }) => {
		await page.goto('find-your-path/skills/?role=data-engineer');
		const filter = page.getByRole('searchbox', { name: 'Filter the list' });
		await filter.fill('kafka');
		await expect(page.getByRole('checkbox')).toHaveCount(1);
		await page.getByRole('checkbox', { name: /Apache Kafka/ }).check();
		await filter.fill('');
		await page.getByRole('checkbox', { name: /^SQL/ }).check();
		// Written in the catalogue's order (by category), whatever order they were ticked in.
		await expect(page).toHaveURL(/\?have=sql,kafka&role=data-engineer$/);
		// A bare tick is working level: a data engineer needs SQL in depth, so it is still to deepen, and
		// so are data pipelines and Python, which Kafka credits only the basics of (through stream processing).
		const core = coreCount(record('data-engineer'));
		const status = page.locator('[data-gap-status]');
		await expect(status).toContainText(
			`You meet none of the data engineer's ${core} core requirements yet, and 3 more at a shallower level.`,
		);
		const card = page.locator('[data-gap-ranking] > li').first();
		await expect(card.locator('[data-item="sql"]')).toContainText('(deepen: working → deep)');
		// Saying how well changes the result, and the URL keeps the level.
		await page.getByRole('combobox', { name: /^How well: SQL/ }).selectOption({ label: 'Deep' });
		await expect(page).toHaveURL(/\?have=sql:deep,kafka&role=data-engineer$/);
		await expect(status).toContainText(
			`You already meet 1 of the data engineer's ${core} core requirements, and 2 more at a shallower level.`,
		);
		await expect(card.locator('[data-item="sql"]')).toBeHidden();
		await filter.fill('zzz');
		await expect(page.getByText('No skill or tool matches the filter.')).toBeVisible();
	});

	test('is reachable from a role page', async ({ page }) => {
		await page.goto('roles/mlops-engineer/');
		await page.getByRole('link', { name: 'How far am I from this role?' }).click();
		await expect(page).toHaveURL(/\/find-your-path\/skills\/\?role=mlops-engineer$/);
		await expect(page.getByRole('combobox', { name: 'Measure against' })).toHaveValue(
			'mlops-engineer',
		);
	});

	test('is readable on a phone, with nothing cut off', async ({ page }) => {
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto('find-your-path/skills/?have=sql,python,spark,airflow&role=ml-engineer');
		await expect(page.locator('[data-gap-ranking] details[open]')).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
		);
		expect(overflow).toBeLessThanOrEqual(0);
	});

	for (const theme of ['light', 'dark'] as const) {
		test(`has no axe violations in ${theme} mode`, async ({ page }) => {
			await page.goto('find-your-path/skills/?have=python,sql&role=ml-engineer');
			await useTheme(page, theme);
			await expect(page.locator('[data-gap-ranking] details[open]')).toBeVisible();
			await expectNoAxeViolations(page);
		});
	}
});

test.describe('find your path without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the self-assessment lists every statement with links to the roles it points to, and every role', async ({
		page,
	}) => {
		await page.goto('find-your-path/');
		const statements = page.locator('[data-path-static] > li');
		await expect(statements).toHaveCount(statementCount);
		const devops = page.locator('[data-path-static] > li[data-statement="devops-sre-background"]');
		await expect(devops).toContainText('I work in DevOps or site reliability engineering');
		await expect(devops.getByRole('link', { name: 'MLOps Engineer' })).toHaveAttribute(
			'href',
			'/roles/mlops-engineer/',
		);
		await expect(page.locator('[data-path-form]')).toBeHidden();
		const roles = page.locator('[data-path-ranking] > li');
		await expect(roles).toHaveCount(roleCount);
		await expect(roles.locator(':scope > h3')).toContainText([
			'Data Scientist',
			'ML Engineer',
			'AI Engineer',
		]);
		await expect(
			page.locator(
				'[data-path-ranking] > li[data-role="mlops-engineer"] [data-reason="devops-sre-background"]',
			),
		).toBeVisible();
	});

	test("the skill gap shows each role's requirements as links", async ({ page }) => {
		await page.goto('find-your-path/skills/?role=ml-engineer');
		await expect(page.locator('[data-gap-form]')).toBeHidden();
		const card = page.locator('[data-gap-ranking] > li[data-role="ml-engineer"]');
		await expect(card.locator('summary')).toHaveText(
			`ML Engineer: ${coreCount(mle)} core requirements`,
		);
		await card.locator('summary').click();
		await expect(card.getByRole('link', { name: 'Kubernetes' })).toHaveAttribute(
			'href',
			'/tools/kubernetes/',
		);
	});
});
