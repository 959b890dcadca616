/**
 * The roadmap phases each role declares: complete, each topic once, nice-to-haves left to the
 * optional last phase, and no topic taught before what it builds on.
 */
import type { Problem } from '../../ingest/guideError';
import type { GuideInput } from '../../ingest/guideInput';
import { findCycle } from '../graph';
import { buildRoadmap, orderProblems } from '../roadmap';
import { plainRole, requirementModel } from '../requirementModel';

const importanceWords = {
	core: 'a must-have',
	common: 'an often-asked-for',
	plus: 'a nice-to-have',
} as const;

/** Every mistake in the roles' declared roadmap phases, by role file. */
export function roadmapPhaseProblems(input: GuideInput): Problem[] {
	const model = requirementModel([...input.skills, ...input.tools], input.groups);
	const catalogueFile = (id: string) => (input.tools.some((t) => t.id === id) ? 'tools' : 'skills');
	// Unknown ids and cycles are reported by their own checks; an order over a broken graph would only add noise.
	const known = new Set([...input.skills, ...input.tools, ...input.groups].map((e) => e.id));
	const cyclic =
		findCycle(new Map([...input.skills, ...input.tools].map((e) => [e.id, e.data.implies]))) !==
		undefined;
	return input.roles.flatMap((role) => {
		const problems: Problem[] = [];
		const plain = plainRole(role.id, role.data);
		const requirement = new Map(plain.requirements.map((r) => [r.id, r]));
		const where = new Map<string, string>();
		role.data.roadmap.forEach((phase, p) =>
			phase.topics.forEach((id, t) => {
				const field = `roadmap[${p}].topics[${t}]`;
				const r = requirement.get(id);
				if (where.has(id))
					problems.push({
						file: role.file,
						field,
						value: id,
						message: `is listed already, at ${where.get(id)}`,
						fix: 'List each topic in one phase only: the one where it is taught.',
					});
				else if (!known.has(id)) return;
				else if (!r)
					problems.push({
						file: role.file,
						field,
						value: id,
						message: "is not one of the role's skills or tools",
						fix: `Add it to the role's "${catalogueFile(id)}" with its importance and level, or remove it from the roadmap.`,
					});
				else if (r.importance === 'plus')
					problems.push({
						file: role.file,
						field,
						value: id,
						message:
							'is a nice-to-have (importance: plus); nice-to-haves form the optional last phase by themselves',
						fix: `Remove it from this phase, or raise its importance in the role's "${catalogueFile(id)}" if the role needs it.`,
					});
				where.set(id, field);
			}),
		);
		for (const r of plain.requirements) {
			if (r.importance !== 'plus' && !where.has(r.id) && known.has(r.id))
				problems.push({
					file: role.file,
					field: 'roadmap',
					value: r.id,
					message: `does not list "${r.id}", ${importanceWords[r.importance]} of the role`,
					fix: `Add "${r.id}" to the phase where it is taught, after what it builds on.`,
				});
		}
		if (problems.length > 0 || cyclic) return problems;
		const roadmap = buildRoadmap(plain, role.data.roadmap, model);
		for (const { topic, prerequisite } of orderProblems(roadmap)) {
			const need = requirement.get(prerequisite)!;
			const field = where.get(topic) ?? 'roadmap';
			if (need.importance === 'plus' && requirement.get(topic)!.importance !== 'plus')
				problems.push({
					file: role.file,
					field,
					value: topic,
					message: `builds on "${prerequisite}", which the role marks as a nice-to-have, so the optional last phase would teach it too late`,
					fix: `Raise "${prerequisite}" to "importance: common" (or core) in the role's "${catalogueFile(prerequisite)}" and place it in an earlier phase.`,
				});
			else
				problems.push({
					file: role.file,
					field,
					value: topic,
					message: `comes before "${prerequisite}"${where.has(prerequisite) ? ` (${where.get(prerequisite)})` : ''}, which it builds on`,
					fix: `Move "${prerequisite}" to an earlier phase or before "${topic}" in its phase, or move "${topic}" later. What a topic builds on is its "implies" in content/data/${catalogueFile(topic)}.yaml.`,
				});
		}
		return problems;
	});
}
