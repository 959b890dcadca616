#!/usr/bin/env node
// @ts-check
/**
 * Finds the two programs `npm test` needs besides Node: a Chrome or Chromium for the browser tests,
 * and Java 11 or newer for the HTML check (the W3C Nu checker is a Java program). Run first by
 * `npm test`, so a machine without them stops in the first seconds with the one command that
 * installs what is missing, not with a stack trace minutes in. `playwright.config.ts` takes the
 * browser from `findBrowser` and `scripts/validate-html.mjs` takes Java from `findJava`, so the
 * check and the tests always agree.
 *
 * Where it looks, in order:
 * - browser: `CHROMIUM_PATH` (if set, it must be right: nothing else is tried); Debian's or
 *   Ubuntu's Chromium, a Google Chrome on Linux; Google Chrome or Chromium in /Applications or
 *   ~/Applications on macOS; Chrome, Chromium or Edge under Program Files or the user's
 *   AppData on Windows; last, the Chromium that `npx playwright install chromium` downloads.
 * - Java: `JAVA_HOME/bin/java`, then `java` on the `PATH`; it must run and say version 11 or newer.
 *
 * `CHECK_TOOLS_ONLY_ENV=1` looks at `CHROMIUM_PATH` and `JAVA_HOME` only, as on a machine where
 * nothing is installed, to see what a newcomer without them would see.
 *
 * Usage: node scripts/check-tools.mjs [--browser] [--java]   (neither: both)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {(file: string) => boolean} Exists */
/** @typedef {{ env: Record<string, string | undefined>, platform: NodeJS.Platform, exists: Exists, playwrightBrowser?: () => string | undefined }} Machine */
/** @typedef {{ found: true, path: string | undefined, what: string } | { found: false, message: string }} Found */

/** Whether a file exists (not a folder). */
export const isFile = /** @type {Exists} */ (
	(file) => {
		try {
			return statSync(file).isFile();
		} catch {
			return false;
		}
	}
);

/**
 * The Chromium flags the browser tests and the benchmarks start the browser found here with: no
 * sandbox (CI runs as root in a container), no GPU, and none of the background traffic (QUIC, updates,
 * sync) that would add noise to a test or a timing.
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

/**
 * The places a Chrome or Chromium usually is on this platform, most likely first.
 * @param {Record<string, string | undefined>} env
 * @param {NodeJS.Platform} platform
 * @returns {string[]}
 */
export function browserPlaces(env, platform) {
	if (platform === 'darwin') {
		const apps = [
			'/Applications',
			...(env['HOME'] ? [path.posix.join(env['HOME'], 'Applications')] : []),
		];
		return apps.flatMap((dir) => [
			`${dir}/Google Chrome.app/Contents/MacOS/Google Chrome`,
			`${dir}/Chromium.app/Contents/MacOS/Chromium`,
		]);
	}
	if (platform === 'win32') {
		const roots = [
			env['PROGRAMFILES'] ?? 'C:\\Program Files',
			env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
			env['LOCALAPPDATA'],
		].filter((r) => r !== undefined);
		const within = [
			'Google\\Chrome\\Application\\chrome.exe',
			'Chromium\\Application\\chrome.exe',
			'Microsoft\\Edge\\Application\\msedge.exe',
		];
		return within.flatMap((file) => roots.map((root) => path.win32.join(root, file)));
	}
	return [
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/snap/bin/chromium',
		'/usr/bin/google-chrome',
		'/usr/bin/google-chrome-stable',
	];
}

/**
 * The one command that installs a browser the tests can drive, on this machine.
 * @param {NodeJS.Platform} platform
 * @param {Exists} exists
 */
export function browserInstall(platform, exists) {
	return platform === 'linux' && exists('/usr/bin/apt-get')
		? 'sudo apt-get install chromium'
		: 'npx playwright install chromium';
}

/**
 * The browser the tests drive: `path` is the executable to launch, or undefined for Playwright's own
 * download (which Playwright finds by itself).
 * @param {Machine} machine
 * @returns {Found}
 */
export function findBrowser({ env, platform, exists, playwrightBrowser }) {
	const install = browserInstall(platform, exists);
	const set = env['CHROMIUM_PATH'];
	if (set) {
		if (exists(set)) return { found: true, path: set, what: `CHROMIUM_PATH ${set}` };
		return {
			found: false,
			message: `No browser for the browser tests: CHROMIUM_PATH is ${set}, which is not a file. Set it to a Chrome or Chromium, or unset it and install one: ${install}`,
		};
	}
	if (!env['CHECK_TOOLS_ONLY_ENV']) {
		const place = browserPlaces(env, platform).find((p) => exists(p));
		if (place) return { found: true, path: place, what: place };
		const own = playwrightBrowser?.();
		if (own && exists(own))
			return { found: true, path: undefined, what: `Playwright's Chromium ${own}` };
	}
	return {
		found: false,
		message: `No Chrome or Chromium found for the browser tests. Install one with: ${install}   (or set CHROMIUM_PATH to a Chrome or Chromium)`,
	};
}

/**
 * Where `java` would be run from: JAVA_HOME's, then the first on the PATH.
 * @param {Machine} machine
 * @returns {string | undefined}
 */
export function javaPlace({ env, platform, exists }) {
	const p = platform === 'win32' ? path.win32 : path.posix;
	const exe = platform === 'win32' ? 'java.exe' : 'java';
	const home = env['JAVA_HOME'] ? [p.join(env['JAVA_HOME'], 'bin', exe)] : [];
	const onPath = env['CHECK_TOOLS_ONLY_ENV']
		? []
		: (env['PATH'] ?? env['Path'] ?? '')
				.split(p.delimiter)
				.filter(Boolean)
				.map((dir) => p.join(dir, exe));
	return [...home, ...onPath].find((file) => exists(file));
}

/**
 * The major version in the output of `java -version` ("1.8.0_392" is 8, "17.0.15" is 17).
 * @param {string} output
 * @returns {number | undefined}
 */
export function javaMajor(output) {
	const m = /version "(\d+)(?:\.(\d+))?/.exec(output);
	if (!m) return undefined;
	return m[1] === '1' && m[2] !== undefined ? Number(m[2]) : Number(m[1]);
}

/**
 * The one command (or page) that installs Java on this machine.
 * @param {NodeJS.Platform} platform
 * @param {Exists} exists
 */
export function javaInstall(platform, exists) {
	if (platform === 'linux' && exists('/usr/bin/apt-get'))
		return 'sudo apt-get install default-jre-headless';
	if (platform === 'darwin' && exists('/opt/homebrew/bin/brew')) return 'brew install openjdk';
	return 'a Java 11 or newer JRE from https://adoptium.net/';
}

/**
 * Java for the HTML check. `version` runs `java -version` and returns what it printed, or undefined
 * when it does not run (macOS has a /usr/bin/java that only says no Java is installed).
 * @param {Machine & { version: (java: string) => string | undefined }} machine
 * @returns {Found}
 */
export function findJava(machine) {
	const install = javaInstall(machine.platform, machine.exists);
	const java = javaPlace(machine);
	if (!java)
		return {
			found: false,
			message: `No Java for the HTML check (the W3C Nu checker needs Java 11 or newer). Install it with: ${install}`,
		};
	const output = machine.version(java);
	const major = output === undefined ? undefined : javaMajor(output);
	if (major === undefined)
		return {
			found: false,
			message: `${java} does not run, and the HTML check needs Java 11 or newer. Install it with: ${install}`,
		};
	if (major < 11)
		return {
			found: false,
			message: `${java} is Java ${major}; the HTML check needs Java 11 or newer. Install it with: ${install}`,
		};
	return { found: true, path: java, what: `Java ${major} ${java}` };
}

/** The Chromium Playwright downloads with `npx playwright install chromium`, wherever it would be. */
function playwrightBrowser() {
	try {
		// Loaded only when no installed browser was found: it takes about a second.
		const { chromium } = /** @type {typeof import('playwright-core')} */ (
			createRequire(import.meta.url)('playwright-core')
		);
		return chromium.executablePath();
	} catch {
		return undefined;
	}
}

/** This machine, as the find functions see it. */
export function thisMachine() {
	return {
		env: process.env,
		platform: process.platform,
		exists: isFile,
		playwrightBrowser,
		/** @param {string} java */
		version: (java) => {
			const run = spawnSync(java, ['-version'], { encoding: 'utf8', timeout: 20_000 });
			return run.status === 0 ? `${run.stderr}${run.stdout}` : undefined;
		},
	};
}

if (
	process.argv[1] &&
	fileURLToPath(import.meta.url) === path.resolve(process.argv[1]) &&
	existsSync(process.argv[1])
) {
	const args = process.argv.slice(2);
	const want = (/** @type {string} */ flag) => args.length === 0 || args.includes(flag);
	const machine = thisMachine();
	const results = [
		...(want('--browser') ? [findBrowser(machine)] : []),
		...(want('--java') ? [findJava(machine)] : []),
	];
	const missing = results.filter((r) => !r.found);
	for (const r of missing) console.error(r.message);
	if (missing.length > 0) process.exit(1);
	console.log(`Tools for the tests: ${results.map((r) => (r.found ? r.what : '')).join('; ')}`);
}
