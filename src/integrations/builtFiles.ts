import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under a build's output folder, as absolute paths. */
export async function builtFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
