import { describe, expect, test } from 'vitest';
import { hoursText } from '~/lib/browser/hours';
import { aRole, article, readinessLine, roleInText, sizeLine } from '~/lib/browser/transitionText';

describe('role titles in running text', () => {
	test('articles follow the sound: acronyms by their first letter, words by their first vowel', () => {
		expect(aRole('ML Engineer')).toBe('an ML engineer');
		expect(aRole('AI Engineer')).toBe('an AI engineer');
		expect(aRole('LLM Engineer')).toBe('an LLM engineer');
		expect(aRole('MLOps Engineer')).toBe('an MLOps engineer');
		expect(aRole('NLP Engineer')).toBe('an NLP engineer');
		expect(aRole('Data Scientist')).toBe('a data scientist');
		expect(aRole('Applied ML Scientist')).toBe('an applied ML scientist');
		expect(aRole('Research Scientist')).toBe('a research scientist');
		expect(article('CV engineer')).toBe('a');
	});

	test('words are lower case except acronyms', () => {
		expect(roleInText('AI Ethics Specialist')).toBe('AI ethics specialist');
		expect(roleInText('Computer Vision Engineer')).toBe('computer vision engineer');
	});
});

describe('readiness and size lines', () => {
	test('say how many core requirements are met, and how many at a shallower level', () => {
		expect(readinessLine({ met: 4, shallow: 2, core: 9 }, 'a data scientist', 'ML Engineer')).toBe(
			"A data scientist already meets 4 of the ML engineer's 9 core requirements, and 2 more at a shallower level.",
		);
		expect(readinessLine({ met: 3, shallow: 1, core: 9 }, 'you', 'AI Engineer')).toBe(
			"You already meet 3 of the AI engineer's 9 core requirements, and 1 more at a shallower level.",
		);
		expect(readinessLine({ met: 9, shallow: 0, core: 9 }, 'an LLM engineer', 'AI Engineer')).toBe(
			"An LLM engineer already meets all 9 of the AI engineer's core requirements.",
		);
		expect(readinessLine({ met: 0, shallow: 0, core: 1 }, 'you', 'Data Engineer')).toBe(
			"You meet none of the data engineer's 1 core requirement yet.",
		);
	});

	test('the size line states the step and the hours, or that nothing required is missing', () => {
		expect(sizeLine({ size: 'medium', requiredHours: [640, 1600] })).toBe(
			"A medium step: about 640–1,600 hours to learn the must-haves and often-asked-fors, by the guide's estimates.",
		);
		expect(sizeLine({ size: 'small', requiredHours: [0, 0] })).toBe(
			'A small step: no must-have or often-asked-for is missing.',
		);
		expect(hoursText([5, 5])).toBe('5 hours');
	});
});
