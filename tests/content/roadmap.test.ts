import { describe, expect, test } from 'vitest';
import { buildGuide } from '~/lib/guide/guideModel';
import { orderProblems } from '~/lib/guide/roadmap';
import { roleRoadmap, startCoverage } from '~/lib/guide/pages/roadmapData';
import { startingPoints } from '~/lib/guide/pages/startingPoints';
import { readContent } from '../helpers/readContent';

describe('roadmaps of the real roles', () => {
	const guide = buildGuide(readContent());

	test('every role has a roadmap with every requirement once, nothing before what it builds on, and hours on every topic', () => {
		for (const r of guide.roles) {
			const roadmap = roleRoadmap(guide, r.id);
			expect(roadmap.topics.map((t) => t.id).sort(), r.id).toEqual([...r.skills, ...r.tools].map((q) => q.id).sort());
			expect(orderProblems(roadmap), r.id).toEqual([]);
			for (const topic of roadmap.topics) expect(topic.hours[1], `${r.id}: ${topic.id}`).toBeGreaterThan(0);
			// Nice-to-haves only in the last, optional phase, and nothing else there.
			for (const phase of roadmap.phases) for (const t of phase.topics) expect(t.importance === 'plus', `${r.id}: ${t.id} in ${phase.name}`).toBe(phase.optional);
		}
	});

	test('a backend engineer is credited with engineering but not ML on the ML engineer roadmap; starting points exclude the role itself', () => {
		const covered = startCoverage(guide, roleRoadmap(guide, 'ml-engineer'));
		expect(Object.keys(covered)).not.toContain('ml-engineer');
		expect(covered['backend-engineer']!['apis-microservices']).toEqual({ c: 'known', h: [0, 0] });
		expect(covered['backend-engineer']!['ml-fundamentals']).toBeUndefined();
		expect(startingPoints(guide).map((s) => s.id)).toEqual(expect.arrayContaining(['data-analyst', 'devops-sre', 'student', 'academic-researcher', 'data-scientist']));
	});
});
