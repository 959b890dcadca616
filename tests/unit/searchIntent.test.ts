import { describe, expect, test } from 'vitest';
import { interpretQuery, searchKey, type SearchVocabulary } from '~/lib/browser/searchIntent';

const vocabulary: SearchVocabulary = {
	roles: [
		{ id: 'data-scientist', order: 1, names: ['Data Scientist', 'DS'], hiring: true, pay: true },
		{ id: 'ml-engineer', order: 2, names: ['ML Engineer', 'Machine Learning Engineer'], hiring: true, pay: true },
		{ id: 'mlops-engineer', order: 3, names: ['MLOps Engineer', 'ML Platform Engineer'], hiring: false, pay: false },
	],
	entries: [
		{ names: ['Kubernetes', 'k8s'], path: 'tools/kubernetes/' },
		{ names: ['Scala'], path: 'tools/scala/' },
		{ names: ['MLOps'], path: 'skills/mlops/' },
	],
};
const read = (query: string) => interpretQuery(query, vocabulary);

describe('interpretQuery', () => {
	test('a role named with words about becoming one leads to its page', () => {
		expect(read('become a data scientist')).toEqual({ term: searchKey('roles/data-scientist/'), target: 'roles/data-scientist/', intent: 'role' });
		expect(read('What does an ML engineer do?').target).toBe('roles/ml-engineer/');
		expect(read('DS').target).toBe('roles/data-scientist/');
	});

	test('roadmap, pay and interview words lead to the roadmap, the pay figures and the getting-hired page', () => {
		expect(read('ml engineer roadmap').target).toBe('roles/ml-engineer/roadmap/');
		expect(read('data scientist salary')).toMatchObject({ target: 'roles/data-scientist/', intent: 'pay', term: `${searchKey('roles/data-scientist/')} pay` });
		expect(read('ml engineer interview questions').target).toBe('roles/ml-engineer/getting-hired/');
		// A role without a getting-hired page or pay figures: its own page.
		expect(read('mlops engineer interview').target).toBe('roles/mlops-engineer/');
		expect(read('mlops engineer salary')).toMatchObject({ target: 'roles/mlops-engineer/', intent: 'role' });
	});

	test('two roles, in either order and with or without "vs", lead to their one comparison', () => {
		for (const query of ['data scientist vs ml engineer', 'ML Engineer vs Data Scientist', 'data scientist or machine learning engineer', 'from ml engineer to data scientist']) {
			expect(read(query), query).toMatchObject({ target: 'compare/data-scientist-vs-ml-engineer/', intent: 'pair' });
		}
	});

	test('the longest name wins: "ML Platform Engineer" is not read as ML Engineer', () => {
		expect(read('ml platform engineer').target).toBe('roles/mlops-engineer/');
	});

	test('forgives typos in longer words, swapped letters included, but not in short ones', () => {
		expect(read('data scienist').target).toBe('roles/data-scientist/');
		expect(read('data scientsit vs ml enginer').target).toBe('compare/data-scientist-vs-ml-engineer/');
		expect(read('which roles use kubernets').target).toBe('tools/kubernetes/');
		expect(read('kubernets')).toEqual({ term: 'Kubernetes', target: 'tools/kubernetes/', intent: 'entry' });
		expect(read('scale')).toEqual({ term: 'scale', intent: 'words' });
		expect(read('dz').intent).toBe('words');
	});

	test('a question about a skill or tool leads to its page; its bare name goes to search as the name', () => {
		expect(read('which roles use k8s')).toEqual({ term: searchKey('tools/kubernetes/'), target: 'tools/kubernetes/', intent: 'entry' });
		expect(read('learn mlops').target).toBe('skills/mlops/');
		expect(read('k8s').term).toBe('k8s');
	});

	test('anything else goes to search as typed', () => {
		for (const query of ['', 'model drift', 'data scientist python notebooks', 'ml engineer kubernetes']) expect(read(query)).toEqual({ term: query, intent: 'words' });
	});
});

describe('searchKey', () => {
	test("is one word per page, never the start of another page's key", () => {
		expect(searchKey('roles/ml-engineer/')).toBe('rolesmlengineerpage');
		expect(searchKey('roles/ml-engineer/roadmap/').startsWith(searchKey('roles/ml-engineer/'))).toBe(false);
	});
});
