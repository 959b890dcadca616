import { describe, expect, test } from 'vitest';
import { scoreRoles } from '~/lib/browser/pathScore';
import { readContent } from '../helpers/readContent';

describe('the real self-assessment', () => {
	const content = readContent();
	const real = content.statements.map((s) => s.data);
	const realRoles = content.roles.map((r) => ({ id: r.id, order: r.data.order })).sort((a, b) => a.order - b.order);
	const top = (ticked: string[]) => scoreRoles(real, ticked, realRoles)[0]?.roleId;

	test('the statements that describe an ML engineer rank ML Engineer first', () => {
		expect(top(['software-engineering-background', 'reliable-systems-at-scale', 'build-deploy-models'])).toBe('ml-engineer');
	});

	test('each core path of the lesson has its statements', () => {
		expect(top(['devops-sre-background', 'ml-infrastructure'])).toBe('mlops-engineer');
		expect(top(['llm-apps-agents', 'user-facing-ai'])).toBe('ai-engineer');
		expect(top(['statistical-analysis', 'data-insights'])).toBe('data-scientist');
		expect(top(['specialise-in-llms'])).toBe('llm-engineer');
		expect(top(['databases-distributed-systems'])).toBe('data-engineer');
	});
});
