import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { statementsFile } from '~/lib/guide/integrity';
import { scoreRoles } from '~/lib/browser/pathScore';
import { parseRecordList } from '~/lib/guide/recordList';
import { statementSchema } from '~/schemas/statement';
import { readContent } from '../helpers/readContent';

describe('the real self-assessment', () => {
	const real = parseRecordList(readFileSync(statementsFile, 'utf8'), statementsFile).map((r) => statementSchema.parse(r.data));
	const realRoles = readContent()
		.roles.map((r) => ({ id: r.id, order: r.data.order }))
		.sort((a, b) => a.order - b.order);
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
