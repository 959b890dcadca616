import { describe, expect, test } from 'vitest';
import {
	catalogueExport,
	lessonMarkdown,
	roleMarkdown,
	rolesExport,
} from '~/lib/guide/pages/dataExport';
import { buildGuide } from '~/lib/guide/guideModel';
import { occupationJsonLd } from '~/lib/guide/pages/pageHead';
import { pageSources } from '~/lib/guide/pages/pageSources';
import { roleRedirects } from '~/lib/guide/pages/roleAliases';
import { pageSubject } from '~/lib/guide/pages/pageSubject';
import { searchMetaFor } from '~/lib/guide/pages/searchMeta';
import { validGuide } from '../fixtures/guide';

const guide = buildGuide(validGuide());
const site = new URL('https://guide.example/');

describe('roleRedirects', () => {
	test('turns names and short names into alias URLs, skipping ones equal to a role id', () => {
		expect(roleRedirects(guide)).toEqual([
			{ alias: 'mle', roleId: 'ml-engineer' },
			{ alias: 'ds', roleId: 'data-scientist' },
		]);
	});
});

describe('pageSubject', () => {
	test('is what a generated page declared, else what its lesson is about', () => {
		expect(
			pageSubject({ kind: 'tool', id: 'docker' }, { id: 'lessons/ai-vs-ml', data: {} }),
		).toEqual({ kind: 'tool', id: 'docker' });
		expect(
			pageSubject(undefined, { id: 'roles/ml-engineer', data: { role: 'ml-engineer' } }),
		).toEqual({ kind: 'role', role: 'ml-engineer' });
		expect(
			pageSubject(undefined, {
				id: 'lessons/ai-vs-ml',
				filePath: 'content/lessons/ai-vs-ml.mdx',
				data: {},
			}),
		).toEqual({ kind: 'lesson', file: 'content/lessons/ai-vs-ml.mdx' });
		expect(pageSubject(undefined, { id: 'index', data: {} })).toEqual({ kind: 'overview' });
	});
});

describe('searchMetaFor', () => {
	test('a role page: its kind, its name as a filter, its names as aliases and the tools it uses', () => {
		expect(searchMetaFor({ kind: 'role', role: 'ml-engineer' }, guide)).toEqual({
			kind: 'role',
			filters: { kind: ['Role'], role: ['ML Engineer'] },
			aliases: ['ML Engineer', 'MLE'],
			uses: ['Docker', 'pandas'],
		});
	});
	test('a tool page: its category and the roles that use it as filters, its aliases', () => {
		expect(searchMetaFor({ kind: 'tool', id: 'docker' }, guide)).toMatchObject({
			kind: 'tool',
			filters: { kind: ['Tool'], category: ['Infrastructure and DevOps'], role: ['ML Engineer'] },
			aliases: ['Docker'],
		});
	});
	test('a comparison: both roles as filters in display order whichever order they are given, short-name pairs as aliases', () => {
		const expected = {
			kind: 'comparison',
			filters: { role: ['ML Engineer', 'Data Scientist'] },
			aliases: ['MLE vs DS'],
		};
		expect(
			searchMetaFor({ kind: 'comparison', roles: ['ml-engineer', 'data-scientist'] }, guide),
		).toMatchObject(expected);
		expect(
			searchMetaFor({ kind: 'comparison', roles: ['data-scientist', 'ml-engineer'] }, guide),
		).toMatchObject(expected);
		expect(() =>
			searchMetaFor({ kind: 'comparison', roles: ['nobody', 'ml-engineer'] }, guide),
		).toThrow('nobody');
	});
	test('a roadmap and a getting-hired page: the role as a filter, its names with the words readers add', () => {
		expect(searchMetaFor({ kind: 'roadmap', role: 'ml-engineer' }, guide)).toMatchObject({
			kind: 'roadmap',
			aliases: ['ML Engineer roadmap', 'learn ML Engineer', 'MLE roadmap', 'learn MLE'],
		});
		expect(searchMetaFor({ kind: 'hiring', role: 'ml-engineer' }, guide).aliases).toContain(
			'MLE interview questions',
		);
	});
	test('lessons and overviews have their kind only', () => {
		expect(searchMetaFor({ kind: 'overview' }, guide)).toEqual({
			kind: 'overview',
			filters: { kind: ['Overview'] },
			aliases: [],
			uses: [],
		});
		expect(
			searchMetaFor({ kind: 'lesson', file: 'content/lessons/ai-vs-ml.mdx' }, guide).kind,
		).toBe('lesson');
	});
});

describe('pageSources', () => {
	test('names the files each page is built from, the editable one first', () => {
		expect(pageSources({ kind: 'role', role: 'ml-engineer' }, guide)).toEqual([
			'content/roles/ml-engineer.mdx',
			'content/data/roles/ml-engineer.yaml',
		]);
		expect(pageSources({ kind: 'tool', id: 'docker' }, guide)).toEqual(['content/data/tools.yaml']);
		expect(
			pageSources({ kind: 'comparison', roles: ['ml-engineer', 'data-scientist'] }, guide),
		).toEqual(['content/data/roles/ml-engineer.yaml', 'content/data/roles/data-scientist.yaml']);
		expect(pageSources({ kind: 'hiring', role: 'ml-engineer' }, guide)).toEqual([
			'content/data/interviews/ml-engineer.yaml',
			'content/data/projects.yaml',
		]);
		expect(pageSources({ kind: 'lesson', file: 'content/lessons/ai-vs-ml.mdx' }, guide)).toEqual([
			'content/lessons/ai-vs-ml.mdx',
		]);
		expect(pageSources({ kind: 'overview' }, guide)).toEqual([]);
	});
});

describe('occupationJsonLd', () => {
	test('describes a role as a schema.org Occupation from its record', () => {
		expect(
			occupationJsonLd(
				guide.role('ml-engineer'),
				guide,
				'https://guide.example/roles/ml-engineer/',
			),
		).toEqual({
			'@context': 'https://schema.org',
			'@type': 'Occupation',
			name: 'ML Engineer',
			alternateName: ['MLE'],
			description: 'Turns machine learning models into reliable production systems.',
			url: 'https://guide.example/roles/ml-engineer/',
			skills: 'Python',
			qualifications: 'Software engineering',
		});
	});
});

describe('exports', () => {
	test('roles.json carries every record field with the page URL, and a version', () => {
		const api = rolesExport(guide, site);
		expect(api.version).toBe(1);
		expect(api.roles[0]).toMatchObject({
			id: 'ml-engineer',
			page: 'https://guide.example/roles/ml-engineer/',
			focus: 'Production systems',
		});
		expect(api.roles[0]).not.toHaveProperty('file');
	});
	test('tools.json keeps the official url and adds the guide page and the roles using each', () => {
		const { tools } = catalogueExport(guide, 'tool', site);
		expect(tools.map((t) => t.id)).toEqual(['jupyter', 'pandas', 'docker']);
		expect(tools[2]).toMatchObject({
			id: 'docker',
			url: 'https://www.docker.com/',
			page: 'https://guide.example/tools/docker/',
			roles: [{ id: 'ml-engineer', use: 'Packages models' }],
		});
	});
	test('a role in Markdown has its facts and figures with sources', () => {
		const text = roleMarkdown(guide.role('ml-engineer'), guide, site);
		expect(text).toContain('## ML Engineer');
		expect(text).toContain('- Code : research: 80% code, 20% research (source: A course)');
		expect(text).toContain('- Statistics (common, foundation)');
		expect(text).toContain('Growth: more than 30% (source: A course, a lesson of a course)');
	});
	test('a lesson body loses imports and component tags, and keeps its prose', () => {
		const body =
			"import RoleTable from '~/components/RoleTable.astro';\n\nSome prose.\n\n<RoleTable caption=\"x\" fields={['focus']} />\n\n## Heading\n\n<Steps>\n1. A step\n</Steps>\n";
		expect(lessonMarkdown(body)).toBe('Some prose.\n\n## Heading\n\n1. A step');
	});
});

import { sitePath } from '~/lib/browser/paths';

describe('sitePath', () => {
	test('a URL path loses the base path', () => {
		expect(sitePath('/tools/docker/')).toBe('tools/docker/');
		expect(sitePath('/')).toBe('');
	});
});
