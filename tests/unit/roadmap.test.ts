import { describe, expect, test } from 'vitest';
import { buildGuide } from '~/lib/guide/guideModel';
import { sumHours } from '~/lib/browser/hours';
import { type Roadmap, buildRoadmap, coverage } from '~/lib/guide/roadmap';
import { roleRoadmap, startCoverage, startingPoints } from '~/lib/guide/roadmapData';
import { layoutRoadmap, shortLabel } from '~/lib/guide/roadmapLayout';
import type { PlainRole, RequirementModel } from '~/lib/browser/transitions';
import { readContent } from '../helpers/readContent';

const h = (f: number, w: number, d: number) => ({ foundation: [f, f] as const, working: [w, w] as const, deep: [d, d] as const });
const model: RequirementModel = {
	implies: { pytorch: ['python', 'deep-learning'], 'deep-learning': ['ml-fundamentals'], kubernetes: ['docker'], sagemaker: ['aws'] },
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
		{ id: 'kubernetes', importance: 'common' },
		{ id: 'sagemaker', importance: 'plus', level: 'foundation' },
		{ id: 'python', importance: 'core', level: 'working' },
		{ id: 'ml-fundamentals', importance: 'core', level: 'working' },
		{ id: 'docker', importance: 'common', level: 'working' },
		{ id: 'cloud-platform', importance: 'plus', level: 'working' },
	],
};
const position = (roadmap: Roadmap) => new Map(roadmap.topics.map((t, i) => [t.id, i]));

describe('buildRoadmap', () => {
	const roadmap = buildRoadmap(role, model);

	test('what the must-haves and often-asked-fors build on goes first; the rest by importance', () => {
		expect(roadmap.stages.map((s) => [s.id, s.topics.map((t) => t.id)])).toEqual([
			['foundations', ['python', 'ml-fundamentals', 'docker']],
			['core', ['pytorch']],
			['common', ['kubernetes']],
			['specialise', ['cloud-platform', 'sagemaker']],
		]);
	});

	test('every topic comes after what it builds on, through entries outside the roadmap and through groups', () => {
		const at = position(roadmap);
		expect([...roadmap.topics.find((t) => t.id === 'pytorch')!.prerequisites].sort()).toEqual(['ml-fundamentals', 'python']);
		// SageMaker implies AWS, a member of the "cloud platform" group on this roadmap.
		expect(roadmap.topics.find((t) => t.id === 'sagemaker')!.prerequisites).toEqual(['cloud-platform']);
		for (const topic of roadmap.topics) for (const p of topic.prerequisites) expect(at.get(p)!, `${p} before ${topic.id}`).toBeLessThan(at.get(topic.id)!);
	});

	test('hours are the estimates for the level needed (working when none is stated); a group takes its quickest member', () => {
		expect(roadmap.topics.find((t) => t.id === 'kubernetes')).toMatchObject({ level: 'working', hours: [60, 60] });
		expect(roadmap.topics.find((t) => t.id === 'cloud-platform')!.hours).toEqual([30, 30]);
		expect(sumHours(roadmap.topics.map((t) => t.hours))).toEqual([40 + 80 + 20 + 40 + 60 + 30 + 5, 40 + 80 + 20 + 40 + 60 + 30 + 5]);
	});

	test('is stable: the same data gives the same roadmap', () => {
		expect(buildRoadmap(role, model)).toEqual(roadmap);
	});
});

describe('coverage from a starting point', () => {
	test('marks what is met as known, what is shallower as partial with the hours between levels, the rest as new', () => {
		const covered = coverage(
			buildRoadmap(role, model),
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

describe('layoutRoadmap', () => {
	test('puts each stage in a column and joins each topic to what it builds on', () => {
		const roadmap = buildRoadmap(role, model);
		const layout = layoutRoadmap(roadmap, (id) => id);
		expect(layout.columns.map((c) => c.name)).toEqual(['Foundations', 'The core of the job', 'Often asked for', 'Specialise']);
		expect(layout.nodes).toHaveLength(roadmap.topics.length);
		expect(layout.edges).toHaveLength(roadmap.topics.reduce((n, t) => n + t.prerequisites.length, 0));
		expect(shortLabel('Model monitoring and drift detection')).toBe('Model monitoring and…');
		expect(shortLabel('Docker')).toBe('Docker');
	});
});

describe('roadmaps of the real roles', () => {
	const guide = buildGuide(readContent());

	test('every role has a roadmap in which nothing comes before what it builds on, and every topic has hours', () => {
		for (const r of guide.roles) {
			const roadmap = roleRoadmap(guide, r.id);
			expect(roadmap.topics).toHaveLength(r.skills.length + r.tools.length);
			const at = position(roadmap);
			for (const topic of roadmap.topics) {
				expect(topic.hours[1], `${r.id}: ${topic.id}`).toBeGreaterThan(0);
				for (const p of topic.prerequisites) expect(at.get(p)!, `${r.id}: ${p} before ${topic.id}`).toBeLessThan(at.get(topic.id)!);
			}
		}
	});

	test('the ML engineer roadmap starts with Python and puts deployment after software engineering', () => {
		const roadmap = roleRoadmap(guide, 'ml-engineer');
		expect(roadmap.stages[0]!.id).toBe('foundations');
		expect(roadmap.topics[0]!.id).toBe('python');
		const at = position(roadmap);
		expect(at.get('software-engineering')!).toBeLessThan(at.get('model-deployment')!);
	});

	test('a backend engineer is credited with engineering but not ML on the ML engineer roadmap; starting points exclude the role itself', () => {
		const covered = startCoverage(guide, roleRoadmap(guide, 'ml-engineer'));
		expect(Object.keys(covered)).not.toContain('ml-engineer');
		expect(covered['backend-engineer']!['apis-microservices']).toEqual({ c: 'known', h: [0, 0] });
		expect(covered['backend-engineer']!['ml-fundamentals']).toBeUndefined();
		expect(startingPoints(guide).map((s) => s.id)).toEqual(expect.arrayContaining(['data-analyst', 'devops-sre', 'student', 'academic-researcher', 'data-scientist']));
	});
});
