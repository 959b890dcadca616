/**
 * Whether a role has true entry-level posts is declared once, by its ladder (a junior rung or not),
 * and every sentence of prose that calls a role entry-level, or a first job, must agree with it.
 */
import { hasEntryLevel } from '../ladder';
import type { GuideInput } from '../../ingest/guideInput';
import type { Problem } from '../../ingest/guideError';
import { proseTexts, sentences } from './proseTexts';

const claim = /\b(entry[- ]level|first job)\b/i;
// Words that make a sentence say entry is hard rather than open.
const hedge = /\b(uncommon|rare|rarely|few|seldom|scarce|not|no|never|hard|harder|hardest)\b/i;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every sentence that calls a role entry-level when its ladder says otherwise, or the reverse. */
export function entryLevelClaimProblems(input: GuideInput): Problem[] {
	const roles = input.roles.map((r) => ({
		role: r,
		mention: new RegExp(`/roles/${r.id}/|\\b${escape(r.data.name)}s?\\b`, 'i'),
	}));
	return proseTexts(input).flatMap(({ file, field, text }) =>
		sentences(text)
			.filter((s) => claim.test(s))
			.flatMap((sentence) =>
				roles
					.filter(({ mention }) => mention.test(sentence))
					.flatMap(({ role }) => {
						const open = hasEntryLevel(role.data);
						const hedged = hedge.test(sentence);
						if (open === !hedged) return [];
						return [
							{
								file,
								field,
								value: sentence.length > 160 ? `${sentence.slice(0, 157)}…` : sentence,
								message: open
									? `says entry into the ${role.data.name} role is uncommon or closed, but its ladder (${role.file}) starts with a junior rung`
									: `calls the ${role.data.name} role open at entry level, but its ladder (${role.file}) starts at mid level: true entry-level posts are uncommon`,
								fix: open
									? 'Reword the sentence, or, if entry-level posts really are uncommon, remove the junior rung from the ladder so every page says so.'
									: 'Say that true entry-level posts are uncommon, or, if they are common, add a junior rung to the ladder so every page says so.',
							},
						];
					}),
			),
	);
}
