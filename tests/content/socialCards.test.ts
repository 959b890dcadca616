import { describe, expect, test } from 'vitest';
import { cardTexts, undrawableCharacters } from '~/lib/build/socialCardImage';
import { buildGuide } from '~/lib/guide/guideModel';
import { cardOf, cardSummaryLength, shortened, socialCards } from '~/lib/guide/pages/socialCards';
import { readContent } from '../helpers/readContent';

describe('the real content', () => {
	const realGuide = buildGuide(readContent());
	const real = socialCards(realGuide);

	test("a lesson's card is its own, with its title and description", () => {
		const lesson = realGuide.lessons.find((l) => l.id.startsWith('lessons/'))!;
		const card = cardOf(realGuide, { kind: 'lesson', file: lesson.file });
		expect(real.map((c) => c.file)).toContain(card.file);
		expect(card).toMatchObject({ kind: 'Lesson', title: lesson.title, summary: shortened(lesson.description!, cardSummaryLength) });
	});

	test("a project's card names the roles it shows you can work as", () => {
		const project = realGuide.projects.find((p) => p.roles.length > 1)!;
		const card = cardOf(realGuide, { kind: 'project', id: project.id });
		expect(real.map((c) => c.file)).toContain(card.file);
		expect(card).toMatchObject({ kind: 'Portfolio project', title: project.title });
		expect(card.facts[0]).toMatchObject({ label: 'Shows you can work as', value: realGuide.role(project.roles[0]!).name });
	});

	test('every card is written in characters the shipped fonts draw, with a summary that fits', () => {
		expect(real.filter((c) => undrawableCharacters(cardTexts(c).join(' ')).length > 0).map((c) => c.file)).toEqual([]);
		expect(real.filter((c) => c.summary.length > cardSummaryLength).map((c) => c.file)).toEqual([]);
	});
});
