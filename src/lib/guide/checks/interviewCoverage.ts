/**
 * What a role's getting-hired page tests is taught on its roadmap: every skill, tool or group named by
 * an interview stage or a practice question is one of the role's requirements (a group through any
 * member, a member through its group).
 */
import type { Problem } from '../../ingest/guideError';
import type { GuideInput } from '../../ingest/guideInput';

/** Every skill an interview file tests that its role's roadmap does not teach. */
export function interviewCoverageProblems(input: GuideInput): Problem[] {
	const members = new Map(input.groups.map((g) => [g.id, g.data.members]));
	return input.interviews.flatMap((interview) => {
		const role = input.roles.find((r) => r.id === interview.id);
		// An interview file named after no role is reported by the hiring check.
		if (!role) return [];
		const taught = new Set<string>();
		for (const { id } of [...role.data.skills, ...role.data.tools]) {
			taught.add(id);
			for (const m of members.get(id) ?? []) taught.add(m);
		}
		const isTaught = (id: string) =>
			taught.has(id) || (members.get(id) ?? []).some((m) => taught.has(m));
		const tested = [
			...interview.data.loop.map((stage, i) => ({ field: `loop[${i}].skills`, ids: stage.skills })),
			...interview.data.questions.map((q, i) => ({
				field: `questions[${i}].skills`,
				ids: q.skills,
			})),
		];
		// One problem an untaught id, naming every place that tests it.
		const places = new Map<string, string[]>();
		for (const { field, ids } of tested)
			ids.forEach(
				(id, j) => isTaught(id) || places.set(id, [...(places.get(id) ?? []), `${field}[${j}]`]),
			);
		return [...places].map(([id, fields]) => ({
			file: interview.file,
			field: fields.join(', '),
			value: id,
			message: `is tested here but is not on the ${role.data.name} roadmap`,
			fix: `Add "${id}" to the role's skills or tools in ${role.file} (and to a roadmap phase unless it is a nice-to-have), or tag the ${fields.length === 1 ? 'stage or question' : 'stages and questions'} with what the roadmap teaches.`,
		}));
	});
}
