import { describe, expect, test } from 'vitest';
import { nearestPage } from '~/lib/browser/nearestPage';

const pages = [
	{ path: 'roles/ai-engineer/', title: 'AI Engineer' },
	{ path: 'roles/ml-engineer/', title: 'ML Engineer' },
	{ path: 'roles/ml-engineer/roadmap/', title: 'ML Engineer roadmap' },
	{ path: 'tools/kubernetes/', title: 'Kubernetes' },
];

describe('nearestPage', () => {
	test('a typo in an address finds the page it meant', () => {
		expect(nearestPage('/roles/ai-enginer/', pages)?.title).toBe('AI Engineer');
		expect(nearestPage('roles/ml-engineer/roadmpa', pages)?.title).toBe('ML Engineer roadmap');
		expect(nearestPage('/tools/kubernets/', pages)?.title).toBe('Kubernetes');
		expect(nearestPage('/Roles/ML_Engineer/', pages)?.title).toBe('ML Engineer');
	});

	test('an address far from every page suggests nothing', () => {
		expect(nearestPage('/blog/2024/hello-world/', pages)).toBeUndefined();
		expect(nearestPage('/', pages)).toBeUndefined();
	});
});
