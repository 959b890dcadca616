/**
 * The sentences generated from a transition or a skill gap, written as an editor would: articles
 * right ("an ML engineer"), role titles in running text, no talk of records. Pure and dependency-free,
 * shared by the build and the skill-gap page's script.
 */
import { grouped, hoursText } from './hours';
import { type Assessment, type StepSize, stepSizeRule } from './transitions';

/** A job title as it reads inside a sentence: words in lower case except acronyms. @example roleInText("ML Engineer") // "ML engineer" */
export function roleInText(name: string): string {
	return name
		.split(' ')
		.map((word) => ((word.match(/[A-Z]/g) ?? []).length >= 2 ? word : word.toLowerCase()))
		.join(' ');
}

// Letters whose spoken name starts with a vowel sound: "an ML engineer", "an LLM engineer", "an NLP engineer".
const vowelSoundLetters = new Set('AEFHILMNORSX');

/** "a" or "an" before a phrase, by its sound: acronyms by the name of their first letter. @example article("MLOps engineer") // "an" */
export function article(phrase: string): 'a' | 'an' {
	const first = phrase.split(' ')[0] ?? '';
	if ((first.match(/[A-Z]/g) ?? []).length >= 2)
		return vowelSoundLetters.has(first[0]!) ? 'an' : 'a';
	return /^[aeiou]/i.test(first) ? 'an' : 'a';
}

/** A role title with its article, for running text. @example aRole("AI Engineer") // "an AI engineer" */
export function aRole(name: string): string {
	const text = roleInText(name);
	return `${article(text)} ${text}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The readiness line: how many of the target's core requirements the mover meets.
 * @param who Who is moving, in running text with its article ("a data scientist", "you").
 * @param target The target role's name as a title ("ML Engineer").
 * @example readinessLine(a, 'a data scientist', 'ML Engineer') // "A data scientist already meets 4 of the ML engineer's 9 core requirements, and 2 more at a shallower level."
 */
export function readinessLine(
	assessment: Pick<Assessment, 'met' | 'shallow' | 'core'>,
	who: string,
	target: string,
): string {
	const { met, shallow, core } = assessment;
	const subject = who.charAt(0).toUpperCase() + who.slice(1);
	const verb = who === 'you' ? 'meet' : 'meets';
	const role = `the ${roleInText(target)}'s`;
	if (core === 0) return `${subject} ${verb} everything ${role} list marks as essential.`;
	if (met === core) return `${subject} already ${verb} all ${core} of ${role} core requirements.`;
	const main =
		met === 0
			? `${subject} ${verb} none of ${role} ${plural(core, 'core requirement')} yet`
			: `${subject} already ${verb} ${met} of ${role} ${plural(core, 'core requirement')}`;
	return shallow === 0
		? `${main}.`
		: `${main}, and ${plural(shallow, 'more')} at a shallower level.`.replace(
				`${shallow} mores`,
				`${shallow} more`,
			);
}

/** What each step size means, as the page states the rule. */
export const stepSizeWords: Record<StepSize, string> = {
	small: 'A small step',
	medium: 'A medium step',
	large: 'A large step',
};

/** The rule behind the step sizes, in one sentence for the page. */
export const stepSizeRuleText = `The size of a step comes from the hours it takes to learn or deepen the target's must-haves and often-asked-fors, by the guide's estimates (the middle of each range): up to ${grouped(stepSizeRule.small)} hours is small, up to ${grouped(stepSizeRule.medium)} is medium, more is large. Nice-to-haves are left out.`;

/** The size line: how big the step is and roughly how long closing the required gap takes. */
export function sizeLine(assessment: Pick<Assessment, 'size' | 'requiredHours'>): string {
	const { size, requiredHours } = assessment;
	if (requiredHours[1] === 0)
		return `${stepSizeWords[size]}: no must-have or often-asked-for is missing.`;
	return `${stepSizeWords[size]}: about ${hoursText(requiredHours)} to learn the must-haves and often-asked-fors, by the guide's estimates.`;
}
