import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under a build's output folder, as absolute paths. */
export async function builtFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** How many pages are read at once: thousands read one after another spend most of the time waiting on the disk. */
const batchSize = 32;

/**
 * Reads text files a batch at a time and hands each to `visit` with its text, in the order given
 * (a synchronous `visit` sees them strictly in that order; an asynchronous one may overlap within a batch).
 */
export async function forEachFile(
	files: readonly string[],
	visit: (file: string, text: string) => void | Promise<void>,
): Promise<void> {
	for (let i = 0; i < files.length; i += batchSize) {
		const batch = files.slice(i, i + batchSize);
		const texts = await Promise.all(batch.map((file) => readFile(file, 'utf8')));
		await Promise.all(batch.map((file, j) => visit(file, texts[j]!)));
	}
}
