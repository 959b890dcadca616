import { repeats } from '~/util/repeats';
import { scoreRoles } from '../../browser/pathScore';
import type { Problem } from '../../ingest/guideError';
import { entryPrefix, type GuideInput, statementsFile } from '../../ingest/guideInput';
import { weighedStatements } from '../statementWeights';

/** Every role can be suggested by the self-assessment, and each statement weighs a role once. */
export function statementProblems(input: GuideInput): Problem[] {
	const problems: Problem[] = [];
	const suggested = new Set<string>();
	const weighed = weighedStatements(input);
	for (const { item, first } of repeats(input.statements, (s) => s.data.text.toLowerCase()))
		problems.push({
			file: item.file,
			field: `${entryPrefix(item.id)}text`,
			value: item.data.text,
			message: `is worded like "${first.id}"`,
			fix: 'Word each statement differently, or merge the two.',
		});
	input.statements.forEach((statement, n) => {
		const weights = weighed[n]!.weights;
		for (const { role } of weights) suggested.add(role);
		for (const { item, index } of repeats(weights, (w) => w.role))
			problems.push({
				file: statement.file,
				field: `${entryPrefix(statement.id)}weights[${index}].role`,
				value: item.role,
				message: 'is listed twice in this statement',
				fix: 'Give each role one weight: remove the second entry.',
			});
	});
	for (const role of input.roles) {
		if (suggested.has(role.id)) continue;
		problems.push({
			file: role.file,
			field: '(record)',
			value: role.id,
			message: 'is pointed to by no statement, so the self-assessment can never suggest it',
			fix: `Add "{ role: ${role.id}, weight: 1 }" (up to 3) to the weights of the statements in ${statementsFile} that describe someone this role suits (its "fitsYouIf" lists them), or add such a statement.`,
		});
	}
	// The home page and the roadmaps offer every background as a start; the self-assessment must too.
	const starts = new Set(input.statements.map((s) => s.data.start));
	for (const background of input.backgrounds) {
		if (starts.has(background.id)) continue;
		problems.push({
			file: background.file,
			field: `(entry "${background.id}")`,
			value: background.id,
			message:
				'is the start of no statement, so the self-assessment does not offer it while the home page and the roadmaps do',
			fix: `Add a statement to ${statementsFile} with "group: background", "start: ${background.id}" and a first-person text such as "I work as …".`,
		});
	}
	// Pointed to is not enough: a reader must be able to reach each role as the best fit, with one or two ticks.
	const statements = weighed;
	const roles = [...input.roles]
		.sort((a, b) => a.data.order - b.data.order)
		.map((r) => ({ id: r.id }));
	const ids = statements.map((s) => s.id);
	const pointedTo = input.roles.filter((r) => suggested.has(r.id)).length;
	const leaders = new Set<string>();
	const lead = (ticked: string[]) => {
		const first = scoreRoles(statements, ticked, roles)[0];
		if (first) leaders.add(first.roleId);
	};
	for (const a of ids) lead([a]);
	// Pairs only for what single statements do not reach, stopping once every role is reached.
	for (let i = 0; i < ids.length && leaders.size < pointedTo; i++) {
		for (let j = i + 1; j < ids.length; j++) lead([ids[i]!, ids[j]!]);
	}
	for (const role of input.roles) {
		if (!suggested.has(role.id) || leaders.has(role.id)) continue;
		problems.push({
			file: role.file,
			field: '(record)',
			value: role.id,
			message:
				'never comes first in the self-assessment: no statement, alone or with one other, ranks it above every other role',
			fix: `Give the role weight 3 in a statement of ${statementsFile} that describes it better than any other role, or add such a statement.`,
		});
	}
	return problems;
}
