import type { z } from 'astro/zod';
import { skillSchema, toolSchema } from '~/schemas/catalogue';
import { figureSchema } from '~/schemas/figure';
import { groupSchema } from '~/schemas/group';
import type { ReferenceTarget } from '~/schemas/ids';
import { resourceSchema } from '~/schemas/resource';
import { backgroundSchema } from '~/schemas/background';
import { interviewSchema } from '~/schemas/interview';
import { projectSchema } from '~/schemas/project';
import { lessonSchema } from '~/schemas/lesson';
import { pairSummarySchema } from '~/schemas/pairSummary';
import { paySchema } from '~/schemas/pay';
import { roleSchema } from '~/schemas/role';
import { statementSchema } from '~/schemas/statement';
import type { Candidate } from '~/util/didYouMean';
import { listText } from '~/util/listText';
import type { Problem } from '../../ingest/guideError';
import { entryPrefix, type GuideInput, type Located } from '../../ingest/guideInput';
import { findReferences } from './referenceWalk';
import { addTarget, suggestion } from './suggestion';

/** A record with the schema it was validated with, for the reference walk. */
interface CheckedRecord {
	file: string;
	/** What stands before each field path: "" for a file that is one record, `(entry "id").` in a list. */
	prefix: string;
	schema: z.ZodType;
	data: unknown;
}

/** Every record of the guide with its schema, in the order problems are reported. */
function checkedRecords(input: GuideInput): CheckedRecord[] {
	const list = <T>(records: Located<T>[], schema: z.ZodType) =>
		records.map((r) => ({ file: r.file, prefix: entryPrefix(r.id), schema, data: r.data }));
	return [
		...input.roles.map((r) => ({
			file: r.file,
			prefix: '',
			schema: roleSchema as z.ZodType,
			data: r.data,
		})),
		...list(input.skills, skillSchema),
		...list(input.tools, toolSchema),
		...list(input.groups, groupSchema),
		...list(input.figures, figureSchema),
		...list(input.statements, statementSchema),
		...list(input.pairs, pairSummarySchema),
		...list(input.pay, paySchema),
		...list(input.resources, resourceSchema),
		...list(input.backgrounds, backgroundSchema),
		...input.interviews.map((i) => ({
			file: i.file,
			prefix: '',
			schema: interviewSchema as z.ZodType,
			data: i.data,
		})),
		...list(input.projects, projectSchema),
		...input.lessons.map((l) => ({
			file: l.file,
			prefix: '',
			schema: lessonSchema as z.ZodType,
			data: l.data,
		})),
	];
}

/** The ids of each kind of record, with the names and aliases a mistyped id may have come from. */
function knownIds(input: GuideInput): Record<ReferenceTarget, Candidate[]> {
	return {
		role: input.roles.map((r) => ({ id: r.id, words: [r.data.name, ...r.data.shortNames] })),
		skill: input.skills.map((s) => ({ id: s.id, words: [s.data.name, ...s.data.aliases] })),
		tool: input.tools.map((t) => ({ id: t.id, words: [t.data.name, ...t.data.aliases] })),
		group: input.groups.map((g) => ({ id: g.id, words: [g.data.name] })),
		source: input.sources.map((s) => ({ id: s.id, words: [s.data.title] })),
		lesson: input.lessons.map((l) => ({ id: l.id, words: [l.data.title] })),
		resource: input.resources.map((r) => ({ id: r.id, words: [r.data.title] })),
		background: input.backgrounds.map((b) => ({ id: b.id, words: [b.data.name] })),
	};
}

/**
 * Checks every reference of every record against the ids that exist, generically: each reference
 * field is declared once with its schema (`idRefSchema`), so this one check covers them all. An id
 * of the wrong kind (a tool in a role's skills) says where it belongs; an unknown id gets a
 * did-you-mean over the ids, names and aliases of the kinds the field accepts.
 */
export function referenceProblems(input: GuideInput): Problem[] {
	const known = knownIds(input);
	const sets = Object.fromEntries(
		Object.entries(known).map(([kind, list]) => [kind, new Set(list.map((c) => c.id))]),
	) as Record<ReferenceTarget, Set<string>>;
	const problems: Problem[] = [];
	for (const record of checkedRecords(input)) {
		for (const ref of findReferences(record.schema, record.data)) {
			if (ref.targets.some((target) => sets[target].has(ref.value))) continue;
			const field = record.prefix + ref.field;
			const wrongKind = (['skill', 'tool'] as const).find(
				(kind) => !ref.targets.includes(kind) && sets[kind].has(ref.value),
			);
			const roleList = /^(skills|tools)\[\d+\]\.id$/.test(ref.field);
			if (wrongKind && roleList) {
				const other = wrongKind === 'tool' ? 'tools' : 'skills';
				problems.push({
					file: record.file,
					field,
					value: ref.value,
					message: `is a ${wrongKind}, not a ${wrongKind === 'tool' ? 'skill' : 'tool'}`,
					fix: `Move it to the role's "${other}" list.`,
				});
				continue;
			}
			const candidates = ref.targets.flatMap((target) => known[target]);
			problems.push({
				file: record.file,
				field,
				value: ref.value,
				message: `is not the id of a ${listText(ref.targets, 'or')}`,
				fix: suggestion(
					ref.value,
					candidates,
					ref.targets.includes('skill') && ref.targets.includes('tool')
						? 'add it to content/data/skills.yaml or content/data/tools.yaml.'
						: addTarget[ref.targets[0]!],
				),
			});
		}
	}
	return problems;
}
