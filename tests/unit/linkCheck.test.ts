import { describe, expect, test } from 'vitest';
import { extractLinks, findBrokenLinks, type PageLinks } from '~/lib/build/linkCheck';

const page = (ids: string[], links: string[]): PageLinks => ({ ids: new Set(ids), links });

describe('extractLinks', () => {
	test('finds element ids and anchor hrefs, decoding entities', () => {
		const html =
			'<h2 id="skills">Skills</h2><a class="x" href="/tools/docker/">Docker</a><a href="?a=1&amp;b=2">q</a><link href="/style.css">';
		const { ids, links } = extractLinks(html);
		expect([...ids]).toEqual(['skills']);
		expect(links).toEqual(['/tools/docker/', '?a=1&b=2']);
	});
});

describe('findBrokenLinks', () => {
	const pages = new Map([
		[
			'/',
			page(
				[],
				[
					'/roles/ml-engineer/#skills',
					'https://example.org/',
					'mailto:a@b.c',
					'/api/roles.json',
					'#_top',
				],
			),
		],
		['/roles/ml-engineer/', page(['skills'], ['../../tools/docker/', '/roles/ml-engineer'])],
		['/tools/docker/', page([], ['/roles/ml-engineer/#tools', '/roles/mle/', '/api/roles.json#x'])],
	]);
	const files = new Set(['/api/roles.json']);

	test('reports missing pages and missing section ids, and follows relative links', () => {
		expect(findBrokenLinks(pages, files, '/')).toEqual([
			{
				page: '/tools/docker/',
				href: '/roles/ml-engineer/#tools',
				reason: 'leads to /roles/ml-engineer/, which has no section with the id "tools"',
			},
			{ page: '/tools/docker/', href: '/roles/mle/', reason: 'leads to no page or file' },
			{
				page: '/tools/docker/',
				href: '/api/roles.json#x',
				reason: 'has a section id, but leads to a file',
			},
		]);
	});

	test('under a base path, a link that forgets the base is broken', () => {
		const based = new Map([
			['/ai-roles/', page([], ['/roles/ml-engineer/', '/ai-roles/roles/ml-engineer/'])],
			['/ai-roles/roles/ml-engineer/', page([], [])],
		]);
		expect(findBrokenLinks(based, new Set(), '/ai-roles/')).toEqual([
			{
				page: '/ai-roles/',
				href: '/roles/ml-engineer/',
				reason: 'leaves the base path /ai-roles/',
			},
		]);
	});
});

import { prefixBase } from '../../src/integrations/rehypeBaseLinks';

describe('prefixBase', () => {
	const tree = () => ({
		type: 'root',
		children: [
			{ type: 'element', tagName: 'a', properties: { href: '/roles/ml-engineer/' } },
			{
				type: 'element',
				tagName: 'p',
				children: [{ type: 'element', tagName: 'a', properties: { href: 'https://example.org/' } }],
			},
			{ type: 'element', tagName: 'a', properties: { href: '//cdn.example.org/x' } },
			{ type: 'element', tagName: 'a', properties: { href: '/ai-roles/tools/' } },
		],
	});
	const hrefs = (t: ReturnType<typeof tree>) => [
		t.children[0]!.properties!.href,
		t.children[1]!.children![0]!.properties.href,
		t.children[2]!.properties!.href,
		t.children[3]!.properties!.href,
	];

	test('prefixes root-relative links with the base path, once', () => {
		const t = tree();
		prefixBase(t, '/ai-roles/');
		expect(hrefs(t)).toEqual([
			'/ai-roles/roles/ml-engineer/',
			'https://example.org/',
			'//cdn.example.org/x',
			'/ai-roles/tools/',
		]);
	});

	test('leaves links alone at the root base', () => {
		const t = tree();
		prefixBase(t, '/');
		expect(hrefs(t)[0]).toBe('/roles/ml-engineer/');
	});
});

import { findUnsafeExternalLinks } from '~/lib/build/linkCheck';

describe('findUnsafeExternalLinks', () => {
	test('flags plain http links and new tabs without noopener', () => {
		const html =
			'<a href="https://ok.example/">ok</a><a href="http://plain.example/">plain</a>' +
			'<a href="https://tab.example/" target="_blank">tab</a><a href="https://safe.example/" target="_blank" rel="noopener noreferrer">safe</a>';
		expect(findUnsafeExternalLinks(html)).toEqual([
			{ href: 'http://plain.example/', reason: 'uses http; link to the https address' },
			{ href: 'https://tab.example/', reason: 'opens a new tab without rel="noopener"' },
		]);
	});
});
