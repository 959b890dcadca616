import { describe, expect, test } from 'vitest';
import { scoreRoles } from '~/lib/browser/pathScore';
import { rankByReadiness } from '~/lib/browser/transitions';
import { closestRoles, startingPoint } from '~/lib/guide/pages/startingPoints';
import { formatProblem } from '~/lib/ingest/guideError';
import { buildGuide } from '~/lib/guide/guideModel';
import { findProblems } from '~/lib/guide/checks';
import { readContent } from '../helpers/readContent';

describe('the real statements', () => {
	const content = readContent();

	test('are valid and consistent with the roles: every role can be suggested', () => {
		expect(findProblems(content).map(formatProblem)).toEqual([]);
	});

	test('include the self-assessment of the "AI Roles Explained" lesson, pointing where it does', () => {
		const guide = buildGuide(content);
		const strongest = (id: string) => {
			const weights = guide.statements.find((s) => s.id === id)!.weights;
			return weights.reduce((a, b) => (b.weight > a.weight ? b : a)).role;
		};
		expect(strongest('build-deploy-models')).toBe('ml-engineer');
		expect(strongest('llm-apps-agents')).toBe('ai-engineer');
		expect(strongest('data-insights')).toBe('data-scientist');
		expect(strongest('ml-infrastructure')).toBe('mlops-engineer');
	});

	test('a statement about where the reader comes from ranks the roles as the skill gap does for that start', () => {
		const guide = buildGuide(content);
		const starts = guide.statements.filter((s) => s.start);
		expect(starts.map((s) => s.start)).toEqual(expect.arrayContaining(['backend-engineer', 'data-analyst', 'devops-sre', 'academic-researcher', 'student', 'data-engineer']));
		for (const statement of starts) {
			const fromQuiz = scoreRoles(guide.statements, [statement.id], guide.roles).map((r) => r.roleId);
			const fromGap = rankByReadiness(startingPoint(guide, statement.start!).has, guide.plainRoles, guide.model)
				.filter((a) => a.core > 0 && a.to !== statement.start)
				.map((a) => a.to);
			expect(fromQuiz, statement.id).toEqual(fromGap.slice(0, 3));
			// And the home page's closest roles for that start lead with the same role.
			expect(closestRoles(guide, startingPoint(guide, statement.start!))[0]!.role.id, statement.id).toBe(fromQuiz[0]);
		}
	});
});
