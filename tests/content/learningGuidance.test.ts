import { describe, expect, test } from 'vitest';
import { sumHours } from '~/lib/browser/hours';
import { assess, credit, roleHas } from '~/lib/browser/transitions';
import { buildGuide } from '~/lib/guide/guideModel';
import { roleRoadmap, startCoverage } from '~/lib/guide/pages/roadmapData';
import { roleTransition } from '~/lib/guide/pages/rolePairs';
import { startingPoint, startingPoints } from '~/lib/guide/pages/startingPoints';
import { corePhaseCount } from '~/schemas/role';
import { readContent } from '../helpers/readContent';

const guide = buildGuide(readContent());
const core = guide.roles.filter((r) => r.tier === 'core');

/**
 * Orderings a senior practitioner would insist on, role by role: the first topic is taught before the
 * second. Each is the guide's teaching order, not only what the catalogue's implications force.
 */
const orderings: Record<string, [string, string][]> = {
	'ml-engineer': [
		['python', 'scikit-learn'],
		['git', 'ci-cd'],
		['pandas', 'data-preprocessing'],
		['ml-fundamentals', 'deep-learning'],
		['deep-learning-framework', 'deep-learning'],
		['ml-fundamentals', 'model-deployment'],
		['scikit-learn', 'model-deployment'],
		['docker', 'kubernetes'],
		['model-deployment', 'model-monitoring'],
		['ml-pipelines', 'mlops'],
		['model-deployment', 'ml-system-design'],
	],
	'ai-engineer': [
		['python', 'llm-apis'],
		['llm-fundamentals', 'prompt-engineering'],
		['prompt-engineering', 'rag'],
		['embeddings-vector-search', 'rag'],
		['rag', 'llm-evaluation'],
		['llm-evaluation', 'agents-function-calling'],
		['rag', 'agents-function-calling'],
		['structured-outputs', 'agents-function-calling'],
		['agents-function-calling', 'mcp'],
		['agents-function-calling', 'agent-sdk'],
		['llm-fundamentals', 'multimodal-applications'],
		['docker', 'kubernetes'],
		['observability', 'llm-observability'],
	],
	'llm-engineer': [
		['python', 'deep-learning'],
		['pytorch', 'fine-tuning'],
		['fine-tuning', 'trl'],
		['llm-evaluation', 'dspy'],
		['deep-learning', 'llm-internals'],
		['llm-internals', 'fine-tuning'],
		['fine-tuning', 'lora-peft'],
		['fine-tuning', 'preference-tuning'],
		['prompt-engineering', 'rag'],
		['rag', 'hybrid-search-reranking'],
		['llm-serving', 'vllm'],
	],
	'data-scientist': [
		['python', 'pandas'],
		['pandas', 'data-preprocessing'],
		['statistics', 'ml-fundamentals'],
		['statistics', 'experimentation'],
		['experimentation', 'causal-inference'],
		['ml-fundamentals', 'scikit-learn'],
	],
	'mlops-engineer': [
		['linux-shell', 'docker'],
		['docker', 'kubernetes'],
		['kubernetes', 'helm'],
		['git', 'ci-cd'],
		['infrastructure-as-code', 'terraform'],
		['ci-cd', 'mlops'],
		['ml-fundamentals', 'mlops'],
		['model-deployment', 'model-monitoring'],
		['mlops', 'ml-platforms'],
	],
	'data-engineer': [
		['sql', 'data-modelling'],
		['data-modelling', 'data-storage'],
		['data-modelling', 'dbt'],
		['data-pipelines', 'spark'],
		['data-pipelines', 'stream-processing'],
		['stream-processing', 'kafka'],
		['data-pipelines', 'data-quality'],
	],
};

describe('roadmaps a practitioner would sign', () => {
	for (const [role, pairs] of Object.entries(orderings)) {
		test(`${role}: taught in the order a senior practitioner would teach it`, () => {
			const at = new Map(roleRoadmap(guide, role).topics.map((t, i) => [t.id, i]));
			for (const [before, after] of pairs) {
				expect(at.has(before) && at.has(after), `${before} and ${after} are both on the ${role} roadmap`).toBe(true);
				expect(at.get(before)!, `${before} before ${after}`).toBeLessThan(at.get(after)!);
			}
		});
	}

	test(`a core roadmap has ${corePhaseCount.min} to ${corePhaseCount.max} named phases, then the optional one`, () => {
		for (const role of core) {
			const roadmap = roleRoadmap(guide, role.id);
			const declared = roadmap.phases.filter((p) => !p.optional);
			expect(declared.length, role.id).toBeGreaterThanOrEqual(corePhaseCount.min);
			expect(declared.length, role.id).toBeLessThanOrEqual(corePhaseCount.max);
			expect(roadmap.phases.at(-1)!.optional, role.id).toBe(true);
		}
	});

	test('the headline hours leave out the nice-to-haves, which are a figure apart', () => {
		for (const role of core) {
			const roadmap = roleRoadmap(guide, role.id);
			const sum = (plus: boolean) => sumHours(roadmap.topics.filter((t) => (t.importance === 'plus') === plus).map((t) => t.hours));
			expect(roadmap.requiredHours, role.id).toEqual(sum(false));
			expect(roadmap.optionalHours, role.id).toEqual(sum(true));
		}
	});

	test('every skill or tool a getting-hired page tests is taught on the role’s roadmap', () => {
		for (const role of core) {
			const interview = guide.interviewOf(role.id)!;
			const taught = new Set(roleRoadmap(guide, role.id).topics.flatMap((t) => [t.id, ...(guide.model.members[t.id] ?? [])]));
			const tested = [...interview.loop.flatMap((s) => s.skills), ...interview.questions.flatMap((q) => q.skills)];
			for (const id of tested) expect(taught.has(id) || (guide.model.members[id] ?? []).some((m) => taught.has(m)), `${role.id} tests ${id}`).toBe(true);
		}
	});
});

describe('one answer to "what do I already have"', () => {
	test('the same start gives the same credit on the pair pages, the roadmaps and the skill gap', () => {
		for (const from of core) {
			const start = startingPoint(guide, from.id);
			expect(start.has, from.id).toEqual(roleHas(guide.plainRole(from.id)));
			const held = credit(start.has, guide.model);
			for (const to of core.filter((r) => r !== from)) {
				const pair = roleTransition(guide, from.id, to.id);
				// The skill gap, given the same holdings as ticks with levels, computes the same move.
				expect(assess(held, guide.plainRole(to.id), guide.model), `${from.id} → ${to.id}`).toEqual(expect.objectContaining({ keep: pair.keep, deepen: pair.deepen, learn: pair.learn }));
				// The roadmap from that start marks as known exactly what the pair page says is kept.
				const covered = startCoverage(guide, roleRoadmap(guide, to.id))[from.id]!;
				const known = Object.entries(covered)
					.filter(([, c]) => c.c === 'known')
					.map(([id]) => id)
					.sort();
				expect(known, `${from.id} → ${to.id}`).toEqual(pair.keep.map((r) => r.id).sort());
				// And the hours left on the roadmap are the pair page's, required and optional together.
				const left = sumHours(roleRoadmap(guide, to.id).topics.map((t) => covered[t.id]?.h ?? t.hours));
				expect(left, `${from.id} → ${to.id}`).toEqual([pair.requiredHours[0] + pair.optionalHours[0], pair.requiredHours[1] + pair.optionalHours[1]]);
			}
		}
	});

	test('the home page, the roadmaps and the self-assessment offer the same backgrounds', () => {
		const backgrounds = startingPoints(guide)
			.filter((s) => s.kind === 'background')
			.map((s) => s.id);
		expect(backgrounds).toEqual(guide.backgrounds.map((b) => b.id));
		// And the self-assessment offers each as a start: the build checks that (statementProblems).
	});
});

describe('moves that read like their summaries', () => {
	test('every core pair declares its step both ways, and the page computes the same', () => {
		for (const a of core)
			for (const b of core.filter((r) => r.order > a.order)) {
				const summary = guide.pairSummary(a.id, b.id)!;
				for (const [from, to] of [
					[a, b],
					[b, a],
				] as const)
					expect(roleTransition(guide, from.id, to.id).size, `${from.id} → ${to.id}`).toBe(summary.steps[to.id]);
			}
	});

	test('an LLM engineer moving to AI engineering takes a small step; the reverse is larger', () => {
		expect(roleTransition(guide, 'llm-engineer', 'ai-engineer').size).toBe('small');
		expect(roleTransition(guide, 'ai-engineer', 'llm-engineer').size).not.toBe('small');
	});
});
