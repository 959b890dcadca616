import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { throwIfProblems } from '~/lib/ingest/guideError';
import type { GuideInput } from '~/lib/ingest/guideInput';
import { type RawFile, readGuideInput } from '~/lib/ingest/readGuideInput';

export { lessonRecord } from '~/lib/ingest/readGuideInput';

/** Every file under `content/`, as the reader takes them: path relative to the root, and text. */
export function contentFiles(root = process.cwd()): RawFile[] {
	return readdirSync(join(root, 'content'), { recursive: true, withFileTypes: true })
		.filter((e) => e.isFile() && /\.(ya?ml|mdx?)$/.test(e.name))
		.map((e) => relative(root, join(e.parentPath, e.name)).replaceAll('\\', '/'))
		.sort()
		.map((path) => ({ path, text: readFileSync(join(root, path), 'utf8') }));
}

/**
 * Reads `content/` the way the build does, through the same reader (src/lib/ingest/readGuideInput.ts:
 * same files, schemas and parser) without Astro, so tests can check the real data. Mistakes are thrown
 * together in the build's format.
 */
export function readContent(root = process.cwd()): GuideInput {
	const { input, problems } = readGuideInput(contentFiles(root));
	throwIfProblems(problems);
	return input;
}
