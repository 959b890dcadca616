// @ts-check
/**
 * Runs `astro build` in a directory as a child process and times it (wall clock, Pagefind included,
 * since Starlight indexes at the end of the build), with a time limit and the build's own log parsed
 * for per-route render times.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Astro's command line, from wherever the project's packages resolve (its own node_modules or one above it). */
const astroBin = join(
	dirname(createRequire(import.meta.url).resolve('astro/package.json')),
	'bin/astro.mjs',
);
/** GNU time prints peak memory after this marker when it is installed. */
const rssMarker = '__BENCH_MAX_RSS_KB=';
const gnuTime = '/usr/bin/time';

/** Builds running now, so that an interrupted benchmark can stop them. @type {Set<import('node:child_process').ChildProcess>} */
const running = new Set();

/**
 * The outcome of one build.
 * @typedef {object} BuildRun
 * @property {boolean} ok Exit code 0 within the time limit.
 * @property {boolean} timedOut Stopped at the time limit.
 * @property {number | null} exitCode
 * @property {number} ms Wall-clock milliseconds from spawn to exit.
 * @property {number | undefined} maxRssBytes Peak resident memory of the build, when GNU time is installed.
 * @property {string} log stdout and stderr, interleaved as they arrived.
 * @property {LogLine[]} lines The log's lines, each with the time it arrived.
 */

/**
 * A line of the build's output and when it arrived (ms since the build started).
 * @typedef {{ ms: number, text: string }} LogLine
 */

/**
 * Runs `node <astro>/bin/astro.mjs build --force` in `cwd` with the Node.js running this
 * script (Node 24 under `npm run bench`). The process group is killed at `timeoutMs`.
 * @param {string} cwd The project (or copy) to build.
 * @param {{ timeoutMs?: number, args?: string[] }} [options]
 * @returns {Promise<BuildRun>}
 */
export function astroBuild(cwd, options = {}) {
	const { timeoutMs = 10 * 60_000, args = [] } = options;
	const nodeArgs = [astroBin, 'build', '--force', ...args];
	const [command, argv] = existsSync(gnuTime)
		? [gnuTime, ['-f', `${rssMarker}%M`, process.execPath, ...nodeArgs]]
		: [process.execPath, nodeArgs];
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(command, argv, {
			cwd,
			// Its own process group, so a timeout stops Astro and everything it started (Pagefind).
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
		});
		running.add(child);
		let log = '';
		/** @type {LogLine[]} */
		const lines = [];
		/** @type {Record<string, string>} */
		const partial = { stdout: '', stderr: '' };
		/** @param {'stdout' | 'stderr'} stream @param {Buffer} chunk */
		const receive = (stream, chunk) => {
			const text = chunk.toString();
			log += text;
			const ms = performance.now() - start;
			const parts = ((partial[stream] ?? '') + text).split('\n');
			partial[stream] = parts.pop() ?? '';
			for (const line of parts) lines.push({ ms, text: line });
		};
		child.stdout?.on('data', (chunk) => receive('stdout', chunk));
		child.stderr?.on('data', (chunk) => receive('stderr', chunk));
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child);
		}, timeoutMs);
		child.on('error', (error) => {
			clearTimeout(timer);
			running.delete(child);
			reject(error);
		});
		child.on('close', (exitCode) => {
			const ms = performance.now() - start;
			clearTimeout(timer);
			running.delete(child);
			const rss = new RegExp(`${rssMarker}(\\d+)`).exec(log);
			log = log.replace(new RegExp(`^.*${rssMarker}\\d+.*$\\n?`, 'm'), '');
			for (const rest of Object.values(partial)) if (rest) lines.push({ ms, text: rest });
			resolve({
				ok: exitCode === 0 && !timedOut,
				timedOut,
				exitCode,
				ms,
				maxRssBytes: rss ? Number(rss[1]) * 1024 : undefined,
				log,
				lines: lines.filter((l) => !l.text.includes(rssMarker)),
			});
		});
	});
}

/**
 * Stops every build still running (on Ctrl-C or an error elsewhere).
 * @returns {void}
 */
export function stopRunningBuilds() {
	for (const child of running) killGroup(child);
}

/** @param {import('node:child_process').ChildProcess} child */
function killGroup(child) {
	if (child.pid === undefined || child.exitCode !== null) return;
	try {
		process.kill(-child.pid, 'SIGKILL');
	} catch {
		child.kill('SIGKILL');
	}
}

/**
 * What an `astro build` log says: each generated route with its render time, Pagefind's indexing
 * time and Astro's own page count.
 * @param {string} log
 * @returns {{ routes: { path: string, ms: number }[], pagefindMs: number | undefined, pagesBuilt: number | undefined }}
 */
export function parseBuildLog(log) {
	/** @param {string} value @param {string | undefined} unit */
	const toMs = (value, unit) => Number(value) * (unit === 's' ? 1000 : 1);
	const routes = [...log.matchAll(/[├└]─ (\/\S*)\s+\(\+([\d.]+)(ms|s)\)/g)].map((m) => ({
		path: m[1] ?? '',
		ms: toMs(m[2] ?? '0', m[3]),
	}));
	const pagefind = /Finished building search index in ([\d.]+)(ms|s)/.exec(log);
	const built = /(\d+) page\(s\) built in/.exec(log);
	return {
		routes,
		pagefindMs: pagefind ? toMs(pagefind[1] ?? '0', pagefind[2]) : undefined,
		pagesBuilt: built ? Number(built[1]) : undefined,
	};
}

/**
 * Splits a build's wall-clock time into phases, from when its log lines arrived:
 * `setup` (config, content sync, types, Vite bundling) until "generating static routes", `render`
 * until Astro's "[build] ✓ Completed", then each integration's `astro:build:done` work (Pagefind,
 * sitemap, the guide's own checks), charged to the integration named on the line that ends it,
 * and `exit` from the last line to the process's end.
 * @param {LogLine[]} lines
 * @param {number} totalMs The build's wall-clock time.
 * @returns {Record<string, number>} Milliseconds by phase, in order; empty when the markers are missing.
 */
export function buildPhases(lines, totalMs) {
	const renderStart = lines.findIndex((l) => l.text.includes('generating static routes'));
	const renderEnd = lines.findIndex(
		(l, i) => i > renderStart && /\[build\] ✓ Completed in/.test(l.text),
	);
	if (renderStart < 0 || renderEnd < 0) return {};
	/** @type {Record<string, number>} */
	const phases = {
		setup: lines[renderStart]?.ms ?? 0,
		render: (lines[renderEnd]?.ms ?? 0) - (lines[renderStart]?.ms ?? 0),
	};
	let previous = lines[renderEnd]?.ms ?? 0;
	for (const line of lines.slice(renderEnd + 1)) {
		const name = /^\S*\s*\[([^\]]+)\]/.exec(line.text)?.[1];
		// "Waiting for integration …" is printed while a hook is still running: not the end of anything.
		if (
			!name ||
			name === 'WARN' ||
			name === 'ERROR' ||
			line.text.includes('Waiting for integration')
		)
			continue;
		const phase = name === 'build' ? 'other' : name;
		phases[phase] = (phases[phase] ?? 0) + (line.ms - previous);
		previous = line.ms;
	}
	phases['exit'] = totalMs - previous;
	return phases;
}

/**
 * The last lines of a build log, for reporting a failed build.
 * @param {string} log
 * @param {number} [lines]
 * @returns {string}
 */
export function logTail(log, lines = 25) {
	return log.trimEnd().split('\n').slice(-lines).join('\n');
}
