// @ts-check
/**
 * Presentation shared by the benchmarks: aligned plain-text tables, byte and time formatting,
 * one-line verdicts, the machine description and the JSON files in `bench-results/`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './projectCopy.mjs';

/** Where the JSON results go (git-ignored). */
export const resultsDir = join(projectRoot, 'bench-results');

/**
 * A column of a table.
 * @typedef {object} Column
 * @property {string} title The header text.
 * @property {'left' | 'right'} [align] Numbers read best right-aligned; text is left-aligned by default.
 */

/**
 * Formats rows as a plain-text table with aligned columns, a header and a rule under it.
 * @param {Column[]} columns
 * @param {(string | number)[][]} rows Cells, one array a row, in column order.
 * @returns {string}
 */
export function table(columns, rows) {
	const cells = rows.map((row) => columns.map((_, i) => String(row[i] ?? '')));
	const widths = columns.map((column, i) =>
		Math.max(column.title.length, ...cells.map((row) => (row[i] ?? '').length)),
	);
	/** @param {string[]} row */
	const line = (row) =>
		row
			.map((cell, i) =>
				columns[i]?.align === 'right' ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
			)
			.join('  ')
			.trimEnd();
	return [
		line(columns.map((c) => c.title)),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...cells.map(line),
	].join('\n');
}

/**
 * Bytes as a reader compares them with a budget: `1023 B`, `24.1 KB`, `3.20 MB`, `23.54 GB` (1 KB = 1,024 bytes).
 * @param {number} bytes
 * @returns {string}
 */
export function formatBytes(bytes) {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
	if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
	return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/**
 * Milliseconds as `850 ms`, `12.3 s` or `2 min 05 s`.
 * @param {number} ms
 * @returns {string}
 */
export function formatDuration(ms) {
	if (ms < 1000) return `${Math.round(ms)} ms`;
	if (ms < 120_000) return `${(ms / 1000).toFixed(1)} s`;
	const seconds = Math.round(ms / 1000);
	return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/**
 * A share as a percentage with one decimal, e.g. `78.4%`.
 * @param {number} part
 * @param {number} whole
 * @returns {string}
 */
export function percent(part, whole) {
	return whole === 0 ? 'n/a' : `${((part / whole) * 100).toFixed(1)}%`;
}

/**
 * A one-line verdict against a goal: `role pages ≤ 30 KB: yes (heaviest 24.1 KB, /roles/ml-engineer/)`.
 * @param {string} goal What the goal is.
 * @param {boolean | undefined} met Whether it was met; undefined when it could not be measured.
 * @param {string} detail The figures behind the verdict.
 * @returns {string}
 */
export function verdict(goal, met, detail) {
	const answer = met === undefined ? 'not measured' : met ? 'yes' : 'NO';
	return `${goal}: ${answer} (${detail})`;
}

/**
 * A heading for a benchmark's printed output.
 * @param {string} title
 * @returns {string}
 */
export function heading(title) {
	return `\n${title}\n${'='.repeat(title.length)}`;
}

/**
 * The machine and runtime a result was measured on, stored with every JSON result.
 * @returns {{ date: string, node: string, platform: string, cpuModel: string, cores: number, totalMemoryBytes: number }}
 */
export function machineInfo() {
	const cpuList = cpus();
	return {
		date: new Date().toISOString(),
		node: process.version,
		platform: `${process.platform}-${process.arch}`,
		cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
		cores: cpuList.length,
		totalMemoryBytes: totalmem(),
	};
}

/**
 * Writes a build's full log to `bench-results/logs/<name>.log`, for digging into a figure.
 * @param {string} name
 * @param {string} text
 * @returns {string} The path written.
 */
export function writeLog(name, text) {
	const dir = join(resultsDir, 'logs');
	mkdirSync(dir, { recursive: true });
	const path = join(dir, `${name}.log`);
	writeFileSync(path, text);
	return path;
}

/**
 * Writes `bench-results/<name>.json`: the machine description followed by the result.
 * @param {string} name File name without `.json`, e.g. `page-weight`.
 * @param {Record<string, unknown>} result
 * @returns {string} The path written.
 */
export function writeResult(name, result) {
	mkdirSync(resultsDir, { recursive: true });
	const path = join(resultsDir, `${name}.json`);
	writeFileSync(
		path,
		`${JSON.stringify({ benchmark: name, machine: machineInfo(), ...result }, null, '\t')}\n`,
	);
	return path;
}
