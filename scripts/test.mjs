#!/usr/bin/env node
// @ts-check
/**
 * `npm test`: every check, as CI runs it. First the tools check (seconds; it stops a machine without
 * a browser or Java before anything else runs). Then every check that needs no browser, side by side
 * in five lanes, since none of them keeps two cores busy on its own and none writes where another
 * reads: formatting; the unit, content and benchmark tests; the build test, which builds a copy of
 * the site; the build, then the HTML check; and `astro check`, which starts after the build because
 * both write Astro's generated types in `.astro/`. Last, if all of them passed, the browser tests on
 * the build, alone, as they keep both cores busy.
 *
 * A lane's output is printed when its check ends, whole if it failed, else its last lines; the
 * browser tests print as they run. A failed check stops its lane and the browser tests, never the
 * other lanes, so one run reports every failure that needs no browser. Ctrl-C stops everything.
 *
 * Usage: node scripts/test.mjs [--dry-run]   (--dry-run prints the plan and runs nothing)
 */
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {{ name: string, command: [string, ...string[]] }} Check */
/** @typedef {{ after?: string, checks: Check[] }} Lane  `after`: the name of a check (in another lane) that must pass first */

/** The checks `npm test` runs: one before the others, lanes side by side, one after them. */
export const testPlan = {
	/** @type {Check} */
	first: { name: 'tools', command: ['node', 'scripts/check-tools.mjs'] },
	/** @type {Lane[]} */
	lanes: [
		{ checks: [{ name: 'format', command: ['prettier', '--check', '.'] }] },
		{
			checks: [
				{
					name: 'unit, content and benchmark tests',
					command: [
						'vitest',
						'run',
						'--project',
						'unit',
						'--project',
						'content',
						'--project',
						'bench',
					],
				},
			],
		},
		{ checks: [{ name: 'build test', command: ['vitest', 'run', '--project', 'build'] }] },
		{
			checks: [
				{ name: 'build', command: ['astro', 'build'] },
				{ name: 'HTML check', command: ['node', 'scripts/validate-html.mjs'] },
			],
		},
		// Both write Astro's generated types in .astro/, so not at the same time.
		{ after: 'build', checks: [{ name: 'types', command: ['astro', 'check'] }] },
	],
	/** @type {Check} */
	last: { name: 'browser tests', command: ['playwright', 'test'] },
};

const root = fileURLToPath(new URL('..', import.meta.url));
const env = {
	...process.env,
	// The packages' commands, also when this script is run without npm.
	PATH: [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
	FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0'),
};
/** @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/** Seconds since `start`, as text. */
const since = (/** @type {number} */ start) => `${((Date.now() - start) / 1000).toFixed(1)} s`;

/**
 * Runs one check. With `live`, its output goes straight to the terminal; else it is kept and
 * printed when the check ends: all of it if it failed, its last lines if it passed.
 * @param {Check} check
 * @param {{ live?: boolean }} [options]
 * @returns {Promise<boolean>} whether it passed
 */
function run(check, { live = false } = {}) {
	const start = Date.now();
	if (live) console.log(`\n▶ ${check.name}: ${check.command.join(' ')}`);
	return new Promise((resolve) => {
		/** @type {import('node:child_process').ChildProcess} */
		const child = spawn(check.command[0], check.command.slice(1), {
			cwd: root,
			env,
			stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
			// On Windows the packages' commands are .cmd files, which only a shell runs.
			shell: process.platform === 'win32',
			// Its own process group, so that Ctrl-C stops everything it started (browsers, servers);
			// Windows has no process groups, and a detached child there gets a console window of its own.
			detached: process.platform !== 'win32',
		});
		running.add(child);
		/** @type {Buffer[]} */
		const output = [];
		child.stdout?.on('data', (chunk) => output.push(chunk));
		child.stderr?.on('data', (chunk) => output.push(chunk));
		const end = (/** @type {boolean} */ passed, /** @type {string} */ why = '') => {
			running.delete(child);
			const text = Buffer.concat(output).toString().trimEnd();
			const shown = passed ? text.split('\n').slice(-3).join('\n') : text;
			console.log(`\n${passed ? '✓' : '✗'} ${check.name} (${since(start)})${why}`);
			if (!live && shown) console.log(shown.replace(/^/gm, '  '));
			resolve(passed);
		};
		child.on('error', (error) => end(false, `: ${error.message}`));
		child.on('close', (code, signal) =>
			end(code === 0, code === 0 ? '' : `: ${signal ?? `exit code ${code}`}`),
		);
	});
}

/** Stops every check still running, with its browsers and servers. */
function stopAll() {
	for (const child of running)
		try {
			if (process.platform === 'win32') child.kill();
			else if (child.pid) process.kill(-child.pid, 'SIGTERM');
		} catch {
			// Already gone.
		}
}

async function main() {
	if (process.argv.includes('--dry-run')) {
		console.log(JSON.stringify(testPlan, null, 2));
		return;
	}
	for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
		process.on(signal, () => {
			stopAll();
			process.exit(130);
		});
	const start = Date.now();
	if (!(await run(testPlan.first, { live: true }))) process.exit(1);
	const laneChecks = testPlan.lanes.flatMap((l) => l.checks);
	console.log(`\n▶ ${laneChecks.length} checks in ${testPlan.lanes.length} lanes side by side`);
	/** Whether each check passed, by name, once it has run. @type {Map<string, PromiseWithResolvers<boolean>>} */
	const results = new Map(laneChecks.map((c) => [c.name, Promise.withResolvers()]));
	const lanes = testPlan.lanes.map(async ({ after, checks }) => {
		if (after !== undefined && !(await results.get(after)?.promise)) {
			console.log(`\n– ${checks.map((c) => c.name).join(', ')}: not run, as ${after} did not pass`);
			return false;
		}
		for (const check of checks) {
			const passed = await run(check);
			results.get(check.name)?.resolve(passed);
			if (!passed) {
				// The checks after it in this lane are not run; those waiting on them learn it.
				for (const rest of checks) results.get(rest.name)?.resolve(false);
				return false;
			}
		}
		return true;
	});
	const passed = (await Promise.all(lanes)).every(Boolean);
	if (!passed) {
		console.log(`\n✗ npm test failed (${since(start)}); the browser tests did not run.`);
		process.exit(1);
	}
	const browserPassed = await run(testPlan.last, { live: true });
	console.log(`\n${browserPassed ? '✓ npm test passed' : '✗ npm test failed'} (${since(start)})`);
	process.exit(browserPassed ? 0 : 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
