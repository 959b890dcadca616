import { describe, expect, test } from 'vitest';
import { brokenRedirects, headersFile, redirectTarget, redirectsFile } from '~/lib/build/hostFiles';
import { redirectHtml } from '~/lib/build/redirectPage';

describe('files for static hosts', () => {
	test('a redirect page gives its target; any other page gives none', () => {
		expect(redirectTarget(redirectHtml('/roles/mle/', '/roles/ml-engineer/', undefined))).toBe(
			'/roles/ml-engineer/',
		);
		expect(
			redirectTarget(
				'<!doctype html><html lang="en"><head><title>ML Engineer</title></head></html>',
			),
		).toBeUndefined();
	});

	test('_redirects lists one 301 a line, sorted, whatever order the pages were read in', () => {
		const a = { from: '/roles/mle/', to: '/roles/ml-engineer/' };
		const b = {
			from: '/compare/ml-engineer-vs-data-scientist/',
			to: '/compare/data-scientist-vs-ml-engineer/',
		};
		expect(redirectsFile([a, b])).toBe(redirectsFile([b, a]));
		expect(redirectsFile([a, b]).split('\n').slice(1, 3)).toEqual([
			'/compare/ml-engineer-vs-data-scientist/ /compare/data-scientist-vs-ml-engineer/ 301',
			'/roles/mle/ /roles/ml-engineer/ 301',
		]);
	});

	test('_headers caches the hashed assets under the base path', () => {
		expect(headersFile('/careers')).toContain(
			'/careers/_astro/*\n  Cache-Control: public, max-age=31536000, immutable',
		);
	});

	test('a redirect to a page that does not exist is reported', () => {
		expect(
			brokenRedirects(
				[{ from: '/roles/mle/', to: '/roles/ml-enginer/' }],
				(path) => path === '/roles/ml-engineer/',
			),
		).toEqual(['/roles/mle/ redirects to /roles/ml-enginer/, which is not a page of the build']);
	});
});
