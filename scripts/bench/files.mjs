// @ts-check
/** Sizes and listings of build output. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file under a directory, as paths relative to it with `/` separators, sorted.
 * @param {string} dir
 * @returns {string[]}
 */
export function listFiles(dir) {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/**
 * The number of files under a directory and their total size in bytes (file sizes, not disk blocks).
 * @param {string} dir
 * @returns {{ files: number, bytes: number }}
 */
export function dirStats(dir) {
	let bytes = 0;
	const files = listFiles(dir);
	for (const file of files) bytes += statSync(join(dir, file)).size;
	return { files: files.length, bytes };
}
