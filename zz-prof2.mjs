import { chromium } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
const axeSource = readFileSync(createRequire('/work/main/package.json').resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const block = process.argv[2] === 'block';
const ctx = await browser.newContext();
if (block) await ctx.route(/\/pagefind\//, (r) => r.abort());
const page = await ctx.newPage();
const paths = [
	'roles/ml-engineer/',
	'roles/ai-engineer/',
	'roles/ml-engineer/roadmap/',
	'roles/data-engineer/roadmap/',
	'compare/ml-engineer-vs-ai-engineer/',
	'compare/data-scientist-vs-ml-engineer/',
	'tools/kubernetes/',
	'tools/mlflow/',
	'skills/python/',
	'skills/statistics/',
	'lessons/ai-vs-ml/',
	'find-your-path/',
	'find-your-path/skills/',
	'',
	'roles/ml-engineer/getting-hired/',
];
let sum = { g: 0, i: 0, a: 0 };
const t0 = Date.now();
for (const p of paths) {
	console.error(p);
	let t = Date.now();
	await page.goto('http://127.0.0.1:4395/' + p);
	sum.g += Date.now() - t;
	t = Date.now();
	await page.evaluate(axeSource);
	sum.i += Date.now() - t;
	t = Date.now();
	await page.evaluate(async (tags) => (await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })).violations.length, tags);
	sum.a += Date.now() - t;
}
console.log(block ? 'blocked' : 'normal', JSON.stringify(sum), 'total', Date.now() - t0, 'per page', Math.round((Date.now() - t0) / paths.length));
await browser.close();
