/**
 * Counts the data can compute are never typed into prose: a lesson that says "the five core roles"
 * goes wrong the day a sixth is added. Each phrase that counts roles is checked against the data.
 */
import type { GuideInput } from '../../ingest/guideInput';
import type { Problem } from '../../ingest/guideError';
import { proseTexts } from './proseTexts';

const numberWords = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
	'twenty',
];
const countPattern = new RegExp(
	`\\b(all (?:the )?|the guide's )?(${numberWords.join('|')}|\\d+) (core|related) roles\\b|\\ball (?:the )?(${numberWords.join('|')}|\\d+) roles\\b`,
	'gi',
);
const valueOf = (word: string) =>
	/^\d+$/.test(word) ? Number(word) : numberWords.indexOf(word.toLowerCase());

/** Every phrase in the guide's prose that counts its core, related or all roles and gets the number wrong. */
export function proseCountProblems(input: GuideInput): Problem[] {
	const counts = {
		core: input.roles.filter((r) => r.data.tier === 'core').length,
		related: input.roles.filter((r) => r.data.tier === 'related').length,
		all: input.roles.length,
	};
	return proseTexts(input).flatMap(({ file, field, text }) =>
		[...text.matchAll(countPattern)].flatMap((match) => {
			const kind = (match[3]?.toLowerCase() ?? 'all') as keyof typeof counts;
			const written = valueOf(match[2] ?? match[4]!);
			if (written === counts[kind]) return [];
			return [
				{
					file,
					field,
					value: match[0],
					message: `counts ${written} ${kind === 'all' ? '' : `${kind} `}roles, but the guide has ${counts[kind]}`,
					fix: 'Leave the number out ("the core roles") or let a page compute it from the data: counts typed into prose go wrong when a role is added.',
				},
			];
		}),
	);
}
