#!/usr/bin/env node
/**
 * Checks every page of the build with the W3C Nu HTML Checker (vnu.jar, from the vnu-jar package;
 * needs Java 11 or newer). Fails on any error or warning except the few listed in `starlightChoices`,
 * which come from Starlight's own markup and are deliberate there, and in `checkerLimits`, which the
 * checker reports only because it reads the pages as files.
 *
 * Usage: node scripts/validate-html.mjs [--dir dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { findJava, thisMachine } from './check-tools.mjs';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' } } });

/** Messages Starlight's markup produces on purpose; each with the reason it stays. */
const starlightChoices = [];

/** Messages that are artefacts of checking files rather than served pages. */
const checkerLimits = [
	{
		message: /violates Content Security Policy \(meta tag\)/,
		why: "The checker reads pages from files, where 'self' matches nothing and hashes are not compared; tests/e2e/safety.spec.ts checks the policy in a browser against the served site.",
	},
];
const allowed = [...starlightChoices, ...checkerLimits];

const pages = (
	existsSync(values.dir) ? readdirSync(values.dir, { recursive: true, withFileTypes: true }) : []
)
	.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
	.map((entry) => join(entry.parentPath, entry.name))
	.sort();
if (pages.length === 0) {
	console.error(`No HTML files in ${values.dir}/. Run \`npm run build\` first.`);
	process.exit(1);
}

// The same Java `npm test` checks for first (scripts/check-tools.mjs): JAVA_HOME's, or the PATH's.
const java = findJava(thisMachine());
if (!java.found) {
	console.error(java.message);
	process.exit(1);
}
const jar = join(
	dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
	'build/dist/vnu.jar',
);
const run = spawnSync(
	java.path ?? 'java',
	['-Xss8m', '-jar', jar, '--format', 'json', '--stdout', ...pages],
	{ encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
);
if (run.error || run.stdout === '') {
	console.error(
		`Could not run the Nu HTML Checker: ${run.error?.message ?? run.stderr}\nIt ran ${java.what}.`,
	);
	process.exit(1);
}

const { messages } = JSON.parse(run.stdout);
const cwd = process.cwd();
const problems = [];
const used = new Set();
let deliberate = 0;
for (const m of messages) {
	if (m.type === 'info' && m.subType !== 'warning') continue;
	const choice = allowed.find((c) => c.message.test(m.message));
	if (choice) {
		used.add(choice);
		deliberate++;
		continue;
	}
	const file = relative(cwd, new URL(m.url).pathname);
	problems.push(
		`${file}:${m.lastLine ?? '?'}: ${m.type === 'error' ? 'error' : 'warning'}: ${m.message}\n    ${(m.extract ?? '').replace(/\s+/g, ' ').trim()}`,
	);
}

if (problems.length > 0) {
	console.error(
		`The Nu HTML Checker found ${problems.length} problem(s) in ${pages.length} pages:\n\n${problems.join('\n')}\n\nFix the component or page that writes this markup. If a message comes from Starlight's own markup and is deliberate there, add it to starlightChoices in scripts/validate-html.mjs with the reason.`,
	);
	process.exit(1);
}
const unused = allowed.filter((c) => !used.has(c));
for (const c of unused)
	console.warn(
		`Note: no page produces ${c.message} any more; remove it from scripts/validate-html.mjs.`,
	);
console.log(
	`Nu HTML Checker: ${pages.length} pages, no errors or warnings (${deliberate} messages left out: Starlight's deliberate markup and the checker's limits).`,
);
