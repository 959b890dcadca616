import type { Problem } from '../../ingest/guideError';
import { entryPrefix, type GuideInput } from '../../ingest/guideInput';

/**
 * Learning resources: each is used by some skill or tool; no entry relies on paywalled material
 * alone; and every requirement of a core role can be learned from at least one resource (a group
 * through its members), so no topic of its roadmap is left without one.
 */
export function resourceProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const entries = [...input.skills, ...input.tools];
	const used = new Set(entries.flatMap((e) => e.data.resources));
	for (const resource of input.resources) {
		if (!used.has(resource.id))
			problems.push({
				file: resource.file,
				field: `(entry "${resource.id}")`,
				value: resource.id,
				message: 'is used by no skill or tool',
				fix: 'Add its id to the "resources" of the skills or tools it teaches, or remove it.',
			});
	}
	const free = new Map(input.resources.map((r) => [r.id, r.data.free]));
	for (const entry of entries) {
		if (
			entry.data.resources.length > 0 &&
			!entry.data.resources.some((id) => free.get(id) !== false)
		) {
			problems.push({
				file: entry.file,
				field: `${entryPrefix(entry.id)}resources`,
				value: entry.data.resources,
				message: 'are all paid',
				fix: 'Add at least one free resource (official documentation, a free course or a free online book).',
			});
		}
	}
	const resourcesOf = new Map(entries.map((e) => [e.id, e.data.resources]));
	const members = new Map(input.groups.map((g) => [g.id, g.data.members]));
	for (const role of input.roles.filter((r) => r.data.tier === 'core')) {
		for (const list of ['skills', 'tools'] as const) {
			role.data[list].forEach(({ id }, i) => {
				const ids = members.get(id) ?? [id];
				// An unknown id is reported by the reference check; a missing resource would only add noise.
				if (!ids.every((m) => resourcesOf.has(m))) return;
				if (ids.some((m) => (resourcesOf.get(m) ?? []).length > 0)) return;
				problems.push({
					file: role.file,
					field: `${list}[${i}].id`,
					value: id,
					message: 'has no learning resource, so its roadmap topic would have none',
					fix: `Add resources to ${ids.length > 1 ? 'one of its members' : 'the entry'} in content/data/${list}.yaml (and content/data/resources.yaml).`,
				});
			});
		}
	}
	return problems;
}
