import { describe, expect, test } from 'vitest';
import { sumHours } from '~/lib/browser/hours';
import { type DeclaredPhase, buildRoadmap, coverage, orderProblems } from '~/lib/guide/roadmap';
import type { PlainRole, RequirementModel } from '~/lib/browser/transitions';

const h = (f: number, w: number, d: number) => ({
	foundation: [f, f] as const,
	working: [w, w] as const,
	deep: [d, d] as const,
});
const model: RequirementModel = {
	implies: {
		pytorch: ['python', 'deep-learning'],
		'deep-learning': ['ml-fundamentals'],
		kubernetes: ['docker'],
		sagemaker: ['aws'],
	},
	members: { 'cloud-platform': ['aws', 'gcp'] },
	hours: {
		python: h(10, 40, 100),
		pytorch: h(10, 40, 100),
		'deep-learning': h(20, 80, 200),
		'ml-fundamentals': h(20, 80, 200),
		docker: h(5, 20, 50),
		kubernetes: h(10, 60, 150),
		aws: h(10, 40, 100),
		gcp: h(10, 30, 100),
		sagemaker: h(5, 20, 50),
	},
};
const role: PlainRole = {
	id: 'ml-engineer',
	requirements: [
		{ id: 'pytorch', importance: 'core', level: 'working' },
		{ id: 'kubernetes', importance: 'common', level: 'working' },
		{ id: 'sagemaker', importance: 'plus', level: 'foundation' },
		{ id: 'python', importance: 'core', level: 'working' },
		{ id: 'ml-fundamentals', importance: 'core', level: 'working' },
		{ id: 'docker', importance: 'common', level: 'working' },
		{ id: 'cloud-platform', importance: 'plus', level: 'working' },
	],
};
const phases: DeclaredPhase[] = [
	{ name: 'Programming', goal: 'Writes Python.', topics: ['python'] },
	{ name: 'Machine learning', goal: 'Trains models.', topics: ['ml-fundamentals', 'pytorch'] },
	{ name: 'Shipping', goal: 'Runs models in containers.', topics: ['docker', 'kubernetes'] },
];

describe('buildRoadmap', () => {
	const roadmap = buildRoadmap(role, phases, model);

	test('the declared phases in order, then the nice-to-haves in a last, optional phase', () => {
		expect(roadmap.phases.map((p) => [p.id, p.optional, p.topics.map((t) => t.id)])).toEqual([
			['programming', false, ['python']],
			['machine-learning', false, ['ml-fundamentals', 'pytorch']],
			['shipping', false, ['docker', 'kubernetes']],
			['specialise-optional', true, ['cloud-platform', 'sagemaker']],
		]);
	});

	test('knows what each topic builds on, through entries outside the roadmap and through groups', () => {
		expect([...roadmap.topics.find((t) => t.id === 'pytorch')!.prerequisites].sort()).toEqual([
			'ml-fundamentals',
			'python',
		]);
		// SageMaker implies AWS, a member of the "cloud platform" group on this roadmap.
		expect(roadmap.topics.find((t) => t.id === 'sagemaker')!.prerequisites).toEqual([
			'cloud-platform',
		]);
		expect(orderProblems(roadmap)).toEqual([]);
	});

	test('reports a topic declared before what it builds on', () => {
		const wrong = buildRoadmap(role, [phases[1]!, phases[0]!, phases[2]!], model);
		expect(orderProblems(wrong)).toEqual([{ topic: 'pytorch', prerequisite: 'python' }]);
	});

	test('the headline hours count the must-haves and often-asked-fors; the nice-to-haves are apart', () => {
		expect(roadmap.topics.find((t) => t.id === 'kubernetes')).toMatchObject({
			level: 'working',
			hours: [60, 60],
		});
		expect(roadmap.topics.find((t) => t.id === 'cloud-platform')!.hours).toEqual([30, 30]);
		expect(roadmap.requiredHours).toEqual([40 + 80 + 40 + 20 + 60, 40 + 80 + 40 + 20 + 60]);
		expect(roadmap.optionalHours).toEqual([30 + 5, 30 + 5]);
		expect(sumHours(roadmap.phases.map((p) => p.hours))).toEqual(
			sumHours([roadmap.requiredHours, roadmap.optionalHours]),
		);
	});

	test('is stable: the same data gives the same roadmap', () => {
		expect(buildRoadmap(role, phases, model)).toEqual(roadmap);
	});
});

describe('coverage from a starting point', () => {
	test('marks what is met as known, what is shallower as partial with the hours between levels, the rest as new', () => {
		const covered = coverage(
			buildRoadmap(role, phases, model),
			[
				{ id: 'python', level: 'deep' },
				{ id: 'docker', level: 'foundation' },
				{ id: 'gcp', level: 'working' },
			],
			model,
		);
		expect(covered.get('python')).toEqual({ coverage: 'known', remaining: [0, 0] });
		expect(covered.get('docker')).toEqual({ coverage: 'partial', remaining: [15, 15] });
		expect(covered.get('cloud-platform')).toEqual({ coverage: 'known', remaining: [0, 0] });
		expect(covered.get('pytorch')).toEqual({ coverage: 'new', remaining: [40, 40] });
	});
});
