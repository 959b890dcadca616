import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { testPlan } from '../../scripts/test.mjs';

const checks = [testPlan.first, ...testPlan.lanes.flatMap((l) => l.checks), testPlan.last];
const commands = checks.map((c) => c.command.join(' '));

describe('npm test: every gate, the browser tests last', () => {
	test('is the plan that scripts/test.mjs runs', () => {
		const scripts = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
		expect(scripts.test).toBe('node scripts/test.mjs');
	});

	test('runs every Vitest project declared in vitest.config.ts', () => {
		const declared = [
			...readFileSync('vitest.config.ts', 'utf8').matchAll(/name: '([\w-]+)'/g),
		].map((m) => m[1]);
		expect(declared.length).toBeGreaterThan(1);
		const run = checks
			.filter((c) => c.command[0] === 'vitest')
			.flatMap((c) => c.command.filter((_, i) => c.command[i - 1] === '--project'));
		expect(run.sort()).toEqual(declared.sort());
	});

	test('checks the tools first, formatting, types, the build and its HTML, then the pages in a browser', () => {
		expect(commands[0]).toBe('node scripts/check-tools.mjs');
		for (const gate of [
			'prettier --check .',
			'astro check',
			'astro build',
			'node scripts/validate-html.mjs',
		])
			expect(commands).toContain(gate);
		expect(commands.at(-1)).toBe('playwright test');
	});

	test('a lane that waits names a check of another lane, and astro check never runs beside the build', () => {
		const names = new Set(checks.map((c) => c.name));
		expect(names.size).toBe(checks.length);
		for (const lane of testPlan.lanes.filter((l) => l.after !== undefined)) {
			expect(names).toContain(lane.after);
			expect(lane.checks.map((c) => c.name)).not.toContain(lane.after);
		}
		const buildLane = testPlan.lanes.find((l) => l.checks.some((c) => c.name === 'build'));
		const typesLane = testPlan.lanes.find((l) => l.checks.some((c) => c.command[1] === 'check'));
		expect(typesLane === buildLane || typesLane?.after === 'build').toBe(true);
	});
});
