import { describe, expect, test } from 'vitest';
import { parseRecordList } from '~/lib/ingest/recordList';

const file = 'content/data/tools.yaml';
const message = (fn: () => unknown) => {
	try {
		fn();
	} catch (error) {
		return (error as Error).message;
	}
	throw new Error('expected an error');
};

describe('parseRecordList', () => {
	test('reads a list of records with their ids and positions', () => {
		const records = parseRecordList(
			'- id: docker\n  name: Docker\n- id: kubernetes\n  name: Kubernetes\n',
			file,
		);
		expect(records.map((r) => [r.id, r.index])).toEqual([
			['docker', 0],
			['kubernetes', 1],
		]);
		expect(records[1]!.data).toEqual({ id: 'kubernetes', name: 'Kubernetes' });
	});

	test('a duplicate id fails, naming both positions', () => {
		expect(message(() => parseRecordList('- id: docker\n- id: helm\n- id: docker\n', file)))
			.toMatchInlineSnapshot(`
			"1 problem in content/data/tools.yaml:

			content/data/tools.yaml → [2].id = "docker": duplicates the id of item 0
			    Fix: Ids must be unique: merge the two records, or give one of them another id."
		`);
	});

	test('an item without an id fails instead of being dropped, with a hint for a misspelt key', () => {
		expect(message(() => parseRecordList('- id: docker\n- name: Helm\n- ids: kafka\n', file)))
			.toMatchInlineSnapshot(`
			"2 problems in content/data/tools.yaml:

			content/data/tools.yaml → [1].id: is missing: every record needs a unique id, which is also its URL slug
			    Fix: Add "id: <lower-case-words>" to item 1 ("Helm").

			content/data/tools.yaml → [2].id: is missing: every record needs a unique id, which is also its URL slug
			    Fix: Did you mean "id" instead of "ids"?"
		`);
	});

	test('invalid YAML and a file that is not a list fail with the place to look', () => {
		expect(
			message(() => parseRecordList('- id: docker\n  description: Amazon: cloud: x\n', file)),
		).toContain('content/data/tools.yaml → (file): is not valid YAML');
		expect(message(() => parseRecordList('docker: {}\n', file))).toContain(
			'must be a YAML list of records',
		);
		expect(message(() => parseRecordList('- just a string\n', file))).toContain(
			'[0] = "just a string": must be a mapping',
		);
	});
});
