import { describe, expect, test } from 'vitest';
import {
	type PlainRole,
	type RequirementModel,
	assess,
	credit,
	hoursTo,
	meets,
	rankByReadiness,
	stepSize,
} from '~/lib/browser/transitions';

const hours = (f: number, w: number, d: number) => ({
	foundation: [f, f] as const,
	working: [w, w] as const,
	deep: [d, d] as const,
});
const model: RequirementModel = {
	implies: {
		pytorch: ['python', 'deep-learning'],
		'deep-learning': ['ml-fundamentals'],
		'ml-fundamentals': ['statistics'],
		kubernetes: ['docker'],
	},
	members: { 'cloud-platform': ['aws', 'gcp', 'azure'] },
	hours: Object.fromEntries(
		[
			'python',
			'pytorch',
			'deep-learning',
			'ml-fundamentals',
			'statistics',
			'docker',
			'kubernetes',
			'aws',
			'gcp',
			'azure',
			'sql',
		].map((id) => [id, hours(10, 40, 100)]),
	),
};
const mle: PlainRole = {
	id: 'ml-engineer',
	requirements: [
		{ id: 'python', importance: 'core', level: 'working' },
		{ id: 'docker', importance: 'core', level: 'working' },
		{ id: 'cloud-platform', importance: 'common', level: 'working' },
		{ id: 'statistics', importance: 'plus', level: 'foundation' },
	],
};

describe('credit', () => {
	test('what someone has implies its prerequisites, at foundation: used along the way, which proves the basics', () => {
		const held = credit([{ id: 'pytorch', level: 'deep' }], model);
		expect(held.get('pytorch')).toBe('deep');
		expect(held.get('python')).toBe('foundation');
		expect(held.get('deep-learning')).toBe('foundation');
		expect(held.get('ml-fundamentals')).toBe('foundation');
		expect(held.get('statistics')).toBe('foundation');
	});

	test('a level stated directly is what counts: an implication neither lowers nor raises it', () => {
		const both = (python: 'deep' | 'foundation') =>
			credit(
				[
					{ id: 'python', level: python },
					{ id: 'pytorch', level: 'working' },
				],
				model,
			).get('python');
		expect(both('deep')).toBe('deep');
		// Someone (or a role's list) that says "Python: basics" is taken at their word, PyTorch or not.
		expect(both('foundation')).toBe('foundation');
	});

	test('a tick without a level is working, and credits its prerequisites at foundation', () => {
		const held = credit([{ id: 'kubernetes' }], model);
		expect(held.get('kubernetes')).toBe('working');
		expect(held.get('docker')).toBe('foundation');
	});
});

describe('meets', () => {
	test('any member of a group of alternatives satisfies it, counted once', () => {
		const held = credit([{ id: 'gcp', level: 'working' }], model);
		expect(meets(held, 'cloud-platform', model)).toEqual({ level: 'working' });
		expect(meets(held, 'aws', model)).toBeUndefined();
		const both = assess(credit([{ id: 'aws' }, { id: 'azure' }], model), mle, model);
		expect(both.keep.filter((r) => r.id === 'cloud-platform')).toHaveLength(1);
	});
});

describe('assess', () => {
	test('splits a target into keep, deepen and learn, core first, with readiness counts and hours', () => {
		const a = assess(
			credit(
				[
					{ id: 'python', level: 'foundation' },
					{ id: 'aws', level: 'working' },
				],
				model,
			),
			mle,
			model,
		);
		expect(a.keep.map((r) => r.id)).toEqual(['cloud-platform']);
		expect(a.deepen).toEqual([
			{ requirement: mle.requirements[0], from: 'foundation', to: 'working' },
		]);
		expect(a.learn.map((r) => r.id)).toEqual(['docker', 'statistics']);
		expect([a.met, a.shallow, a.core]).toEqual([0, 1, 2]);
		// Core gap: deepen Python (40 - 10) and learn Docker to working (40); the common cloud platform is kept.
		expect(a.coreHours).toEqual([70, 70]);
		expect(a.requiredHours).toEqual([70, 70]);
		// The nice-to-have is counted apart: statistics to foundation.
		expect(a.optionalHours).toEqual([10, 10]);
		expect(a.size).toBe('small');
	});

	test('an implied skill is credited, so it is never listed as to learn', () => {
		const a = assess(
			credit(
				[
					{ id: 'pytorch', level: 'working' },
					{ id: 'kubernetes', level: 'working' },
				],
				model,
			),
			mle,
			model,
		);
		expect(a.learn.map((r) => r.id)).toEqual(['cloud-platform']);
		// Python and Docker are credited at foundation, so they are to deepen.
		expect(a.deepen.map((d) => d.requirement.id)).toEqual(['python', 'docker']);
		expect(a.met).toBe(0);
	});

	test('step sizes follow the stated rule on the midpoint of the required hours', () => {
		expect(stepSize([40, 160])).toBe('small');
		expect(stepSize([300, 900])).toBe('medium');
		expect(stepSize([1500, 2100])).toBe('large');
		expect(hoursTo('cloud-platform', 'working', model)).toEqual([40, 40]);
	});
});

describe('rankByReadiness', () => {
	test('ranks the roles by the share of their required learning still to do', () => {
		const de: PlainRole = {
			id: 'data-engineer',
			requirements: [
				{ id: 'sql', importance: 'core', level: 'deep' },
				{ id: 'python', importance: 'core', level: 'working' },
			],
		};
		// PyTorch credits Python's basics: the ML engineer has 110 of 120 hours left, the data engineer 130 of 140.
		const ranked = rankByReadiness([{ id: 'pytorch' }], [de, mle], model);
		expect(ranked.map((r) => r.to)).toEqual(['ml-engineer', 'data-engineer']);
		expect(ranked[0]).toMatchObject({ met: 0, shallow: 1, core: 2 });
		expect(ranked.map((r) => r.left)).toEqual([110 / 120, 130 / 140]);
	});
});
