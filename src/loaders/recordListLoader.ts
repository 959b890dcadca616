import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { throwIfProblems } from '~/lib/ingest/guideError';
import { parseRecordList, positionKey } from '~/lib/ingest/recordList';

/**
 * Loads a YAML list of records (skills, tools, sources) into a content collection.
 * Unlike Astro's `file()` loader, which logs and skips unreadable files, items without an id and
 * duplicate ids, this one fails the build on each of them, naming the file and the item.
 * @param file Path of the YAML file relative to the project root, e.g. `content/data/tools.yaml`.
 */
export function recordListLoader(file: string): Loader {
	return {
		name: 'record-list-loader',
		load: async ({ store, parseData, config, watcher, generateDigest, logger }) => {
			const path = fileURLToPath(new URL(file, config.root));
			const sync = async () => {
				let text = '';
				try {
					text = await readFile(path, 'utf8');
				} catch {
					throwIfProblems([
						{
							file,
							field: '(file)',
							message: 'cannot be read',
							fix: `Create ${file} as a YAML list of records, or correct the path in src/lib/ingest/sources.ts.`,
						},
					]);
				}
				const records = parseRecordList(text, file);
				store.clear();
				for (const record of records) {
					const data = await parseData({ id: record.id, data: record.data, filePath: file });
					// The store does not keep file order, and the order authors chose matters (figure
					// groups, sources), so each record carries its position; src/lib/guide/guide.ts sorts by it.
					store.set({
						id: record.id,
						data: { ...data, [positionKey]: record.index },
						filePath: file,
						digest: generateDigest(record.data),
					});
				}
			};
			await sync();
			watcher?.add(path);
			watcher?.on('change', async (changed) => {
				if (changed !== path) return;
				logger.info(`Reloading ${file}`);
				await sync();
			});
		},
	};
}
