import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { throwIfProblems } from '~/lib/ingest/guideError';
import { entryPrefix } from '~/lib/ingest/guideInput';
import { schemaProblems } from '~/lib/ingest/schemaProblems';

/** A loaded file's path as messages name it: relative to the project root, with forward slashes. */
export function projectFile(root: URL, path: string): string {
	return (isAbsolute(path) ? relative(fileURLToPath(root), path) : path).replaceAll('\\', '/');
}

/**
 * Wraps a loader so that a record its schema rejects fails the build in the guide's own format
 * (file, field path, the value written, what is wrong, how to fix it, with a did-you-mean), listing
 * every mistake of the record at once, instead of Astro's generic content error. The record is then
 * handed to Astro's own validation, which it passes.
 * @param schemaFile where the schema is, for the fix: `src/schemas/role.ts`
 * @param list whether each record is an entry of one list file, named by its id in messages
 */
export function withGuideErrors(
	loader: Loader,
	schema: z.ZodType,
	schemaFile: string,
	list = false,
): Loader {
	return {
		...loader,
		load: (context) => {
			return loader.load({
				...context,
				parseData: async (props) => {
					const file = projectFile(context.config.root, props.filePath ?? props.id);
					throwIfProblems(
						schemaProblems(schema, props.data, file, list ? entryPrefix(props.id) : '', schemaFile),
						file,
					);
					return context.parseData(props);
				},
			});
		},
	};
}
