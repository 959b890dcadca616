import { describe, expect, test } from 'vitest';
import { buildGuide } from '~/lib/guide/guideModel';
import { roleTransition } from '~/lib/guide/pages/rolePairs';
import { credit, meets, roleHas, transition } from '~/lib/browser/transitions';
import { readContent } from '../helpers/readContent';

describe('transitions on the real data', () => {
	const guide = buildGuide(readContent());
	const core = guide.roles.filter((r) => r.tier === 'core');

	test('for every ordered pair of roles, "learn" never lists what the mover has directly or by implication', () => {
		for (const from of guide.plainRoles) {
			const held = credit(roleHas(from), guide.model);
			for (const to of guide.plainRoles) {
				if (from === to) continue;
				const t = transition(from, to, guide.model);
				for (const r of t.learn) expect(meets(held, r.id, guide.model), `${from.id} → ${to.id}: ${r.id}`).toBeUndefined();
				expect(t.keep.length + t.deepen.length + t.learn.length).toBe(to.requirements.length);
			}
		}
	});

	test('a specialised role moving to its general form keeps every core requirement: LLM engineer to AI engineer', () => {
		const move = roleTransition(guide, 'llm-engineer', 'ai-engineer');
		expect(move.met).toBe(move.core);
		expect(move.size).toBe('small');
	});

	test('ML engineers have the easiest way into AI engineering, and what they add is LLM work, evaluation above all', () => {
		const fromMle = roleTransition(guide, 'ml-engineer', 'ai-engineer');
		for (const other of core.filter((r) => !['ml-engineer', 'ai-engineer', 'llm-engineer'].includes(r.id))) {
			expect(fromMle.requiredHours[0], other.id).toBeLessThanOrEqual(roleTransition(guide, other.id, 'ai-engineer').requiredHours[0]);
		}
		expect(fromMle.learn.filter((r) => r.importance === 'core').map((r) => r.id)).toContain('llm-evaluation');
	});

	test('a data scientist moving to ML engineering learns engineering, not R or scikit-learn', () => {
		const move = roleTransition(guide, 'data-scientist', 'ml-engineer');
		// What the step is measured by: the must-haves and often-asked-fors to learn or deepen.
		const ids = [...move.learn, ...move.deepen.map((d) => d.requirement)].filter((r) => r.importance !== 'plus').map((r) => r.id);
		expect(ids).not.toContain('r');
		expect(ids).not.toContain('scikit-learn');
		expect(move.learn.filter((r) => r.importance === 'core').map((r) => r.id)).toEqual(expect.arrayContaining(['model-deployment', 'docker']));
		// Data scientists have the basics of software engineering; ML engineering needs it day to day.
		expect(move.deepen.map((d) => [d.requirement.id, d.from, d.to])).toContainEqual(['software-engineering', 'foundation', 'working']);
	});

	test('someone in a role is credited with its must-haves and often-asked-fors, never its nice-to-haves', () => {
		const ds = guide.plainRole('data-scientist');
		expect(roleHas(ds).map((h) => h.id)).toEqual(ds.requirements.filter((r) => r.importance !== 'plus').map((r) => r.id));
	});

	test('an ML engineer moving to data science must deepen statistics and experiment design', () => {
		const move = roleTransition(guide, 'ml-engineer', 'data-scientist');
		expect(move.deepen.map((d) => d.requirement.id)).toContain('statistics');
		expect(move.deepen.map((d) => d.requirement.id)).toContain('experimentation');
		expect(move.size).toBe('medium');
	});

	test('a group shows once: the learn list never holds a group and one of its members', () => {
		for (const a of core) {
			for (const b of core) {
				if (a === b) continue;
				const ids = roleTransition(guide, a.id, b.id).learn.map((r) => r.id);
				for (const group of guide.groups) {
					if (ids.includes(group.id))
						expect(
							ids.filter((id) => group.members.includes(id)),
							`${a.id} → ${b.id}`,
						).toEqual([]);
				}
			}
		}
	});
});
