import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { sitemapFilter } from '~/integrations/sitemapFilter';
import { redirectHtml } from '~/lib/build/redirectPage';

describe('sitemapFilter', () => {
	const dist = mkdtempSync(join(tmpdir(), 'sitemap-'));
	for (const [path, html] of [
		[
			'roles/ml-engineer',
			'<!doctype html><html lang="en"><head><title>ML Engineer</title></head></html>',
		],
		[
			'roles/mle',
			redirectHtml('/roles/mle/', '/roles/ml-engineer/', new URL('https://example.org')),
		],
	] as const) {
		mkdirSync(join(dist, path), { recursive: true });
		writeFileSync(join(dist, path, 'index.html'), html);
	}
	const keep = sitemapFilter(pathToFileURL(`${dist}/`), '/');

	test('keeps real pages and leaves out redirect pages', () => {
		expect(keep('https://example.org/roles/ml-engineer/')).toBe(true);
		expect(keep('https://example.org/roles/mle/')).toBe(false);
	});
	test('reads paths under a base path', () => {
		expect(
			sitemapFilter(pathToFileURL(`${dist}/`), '/guide/')('https://example.org/guide/roles/mle/'),
		).toBe(false);
	});
});
