import yaml from 'js-yaml';
import { didYouMean } from '~/util/didYouMean';
import { type Problem, throwIfProblems } from './guideError';

/** A raw record read from a YAML list, with its position for error messages. */
export interface RawRecord {
	/** The record's id. */
	id: string;
	/** The record as written, id included. */
	data: Record<string, unknown>;
	/** Its position in the list, from 0. */
	index: number;
}

/**
 * Reads a YAML file that holds a list of records, each with an `id`, and fails on anything that would
 * otherwise be dropped silently: invalid YAML, a file that is not a list, an item that is not a mapping,
 * an item without an id, and two items with the same id.
 * @param text The file's contents.
 * @param file The file's path, for error messages.
 */
export function parseRecordList(text: string, file: string): RawRecord[] {
	const { records, problems } = readRecordList(text, file);
	throwIfProblems(
		problems,
		problems.length === 1 && problems[0]!.field === '(file)' ? undefined : file,
	);
	return records;
}

/** The problem of a file that is not valid YAML, at the line and column js-yaml gives. */
export function yamlProblem(file: string, error: unknown): Problem {
	return {
		file,
		field: '(file)',
		message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
		fix: 'Correct the YAML syntax at the line and column given (indentation is the usual culprit).',
	};
}

/** What `parseRecordList` reads, with the problems it found instead of throwing them: the records are only complete when there are none. */
export function readRecordList(
	text: string,
	file: string,
): { records: RawRecord[]; problems: Problem[] } {
	let parsed: unknown;
	try {
		parsed = yaml.load(text, { filename: file });
	} catch (error) {
		return { records: [], problems: [yamlProblem(file, error)] };
	}
	if (!Array.isArray(parsed)) {
		return {
			records: [],
			problems: [
				{
					file,
					field: '(file)',
					value: parsed === null || parsed === undefined ? undefined : typeof parsed,
					message: 'must be a YAML list of records',
					fix: 'Write each record as a list item starting with "- id: …".',
				},
			],
		};
	}
	const problems: Problem[] = [];
	const records: RawRecord[] = [];
	const firstIndex = new Map<string, number>();
	(parsed as unknown[]).forEach((item, index) => {
		if (typeof item !== 'object' || item === null || Array.isArray(item)) {
			problems.push({
				file,
				field: `[${index}]`,
				value: item,
				message: 'must be a mapping with an id and fields',
				fix: 'Write the record as "- id: …" followed by its fields.',
			});
			return;
		}
		const data = item as Record<string, unknown>;
		const id = data['id'];
		if (typeof id !== 'string' || id.trim() === '') {
			const near = Object.keys(data).find(
				(key) => didYouMean(key, [{ id: 'id' }]) === 'id' && key !== 'id',
			);
			problems.push({
				file,
				field: `[${index}].id`,
				value: id,
				message: 'is missing: every record needs a unique id, which is also its URL slug',
				fix: near
					? `Did you mean "id" instead of "${near}"?`
					: `Add "id: <lower-case-words>" to item ${index}${typeof data['name'] === 'string' ? ` ("${data['name']}")` : ''}.`,
			});
			return;
		}
		const earlier = firstIndex.get(id);
		if (earlier !== undefined) {
			problems.push({
				file,
				field: `[${index}].id`,
				value: id,
				message: `duplicates the id of item ${earlier}`,
				fix: 'Ids must be unique: merge the two records, or give one of them another id.',
			});
			return;
		}
		firstIndex.set(id, index);
		records.push({ id, data, index });
	});
	return { records, problems };
}

/** The key under which a record's position in its file is stored alongside its data (the content store does not keep file order). */
export const positionKey = '$position';
