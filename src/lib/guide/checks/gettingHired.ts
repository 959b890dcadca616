import { repeats } from '~/util/repeats';
import type { Problem } from '../../ingest/guideError';
import type { GuideInput } from '../../ingest/guideInput';
import { suggestion } from './suggestion';

/** The fewest practice questions and project briefs a core role has. */
export const minimumQuestions = 12;
export const minimumProjects = 3;

/**
 * Getting hired: interview files are named after roles; question ids are unique across roles (they are
 * anchors and skill pages link to them); every core role has its loop, at least twelve questions and
 * at least three project briefs.
 */
export function hiringProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const roleIds = new Map(input.roles.map((r) => [r.id, r]));
	const roleCandidates = input.roles.map((r) => ({ id: r.id, words: [r.data.name] }));
	// Question ids are unique across every interview file, so the ids seen carry over from file to file.
	const questionsSeen = new Map<unknown, { id: string; file: string }>();
	for (const interview of input.interviews) {
		if (!roleIds.has(interview.id)) {
			problems.push({
				file: interview.file,
				field: '(file name)',
				value: interview.id,
				message: 'is not the id of a role',
				fix: suggestion(
					interview.id,
					roleCandidates,
					'name the file after the role it is for: content/data/interviews/<role id>.yaml.',
				),
			});
		}
		const questions = interview.data.questions.map((q) => ({ id: q.id, file: interview.file }));
		for (const { item, index, first } of repeats(questions, (q) => q.id, questionsSeen))
			problems.push({
				file: item.file,
				field: `questions[${index}].id`,
				value: item.id,
				message: `is also the id of a question in ${first.file}`,
				fix: 'Give every question its own id, prefixed with the role, e.g. "mle-…".',
			});
	}
	const projectCount = new Map<string, number>();
	for (const project of input.projects)
		for (const r of project.data.roles) projectCount.set(r, (projectCount.get(r) ?? 0) + 1);
	for (const role of input.roles.filter((r) => r.data.tier === 'core')) {
		const interview = input.interviews.find((i) => i.id === role.id);
		const file = `content/data/interviews/${role.id}.yaml`;
		if (!interview)
			problems.push({
				file,
				field: '(file)',
				message: 'is missing: every core role has its interview loop and practice questions',
				fix: `Create ${file} with "loop", "questions" (at least ${minimumQuestions}); what each level is expected to do belongs to the role's "ladder".`,
			});
		else if (interview.data.questions.length < minimumQuestions) {
			problems.push({
				file,
				field: 'questions',
				value: interview.data.questions.length,
				message: `has fewer than ${minimumQuestions} questions`,
				fix: `Add questions until there are at least ${minimumQuestions}, covering the role's core requirements.`,
			});
		}
		const count = projectCount.get(role.id) ?? 0;
		if (count < minimumProjects)
			problems.push({
				file: 'content/data/projects.yaml',
				field: '(file)',
				value: role.id,
				message: `has ${count} project brief${count === 1 ? '' : 's'} for this core role`,
				fix: `Add briefs with "${role.id}" in their "roles" until there are at least ${minimumProjects}.`,
			});
	}
	return problems;
}
