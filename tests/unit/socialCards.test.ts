import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { hoursText } from '~/lib/browser/hours';
import { stepSizeWords } from '~/lib/browser/transitionText';
import { cachedCardFile, cardKey, undrawableCharacters } from '~/lib/build/socialCardImage';
import { buildGuide } from '~/lib/guide/guideModel';
import { medianText } from '~/lib/guide/pages/pay';
import { roleRoadmap } from '~/lib/guide/pages/roadmapData';
import { allPairs, roleTransition } from '~/lib/guide/pages/rolePairs';
import {
	altTextLength,
	cardOf,
	firstSentence,
	shortened,
	siteCardFile,
	socialCards,
} from '~/lib/guide/pages/socialCards';
import { validGuide } from '../fixtures/guide';

const guide = buildGuide(validGuide());
const cards = socialCards(guide);
const byFile = new Map(cards.map((c) => [c.file, c]));

/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('shortened and firstSentence', () => {
	test('keep a short text whole, and cut a long one at a word with "…"', () => {
		expect(shortened('Builds  models\nfor production.', 50)).toBe('Builds models for production.');
		const cut = shortened(
			'Builds, ships and maintains machine-learning models in production for real traffic.',
			40,
		);
		expect(cut).toBe('Builds, ships and maintains…');
		expect(cut.length).toBeLessThanOrEqual(40);
	});

	test('firstSentence stops at the first full stop before a capital letter', () => {
		expect(firstSentence('A data scientist asks whether. An ML engineer ships it. More.')).toBe(
			'A data scientist asks whether.',
		);
		expect(firstSentence('No full stop at all here')).toBe('No full stop at all here');
	});
});

describe('socialCards', () => {
	test('draws one card a role, roadmap, pair, skill, tool, project and lesson, and one for the site, each file once', () => {
		const lessons = guide.lessons.filter((l) => l.id.startsWith('lessons/')).length;
		expect(cards).toHaveLength(
			guide.roles.length * 2 +
				allPairs(guide.roles).length +
				guide.skills.length +
				guide.tools.length +
				guide.projects.length +
				lessons +
				1,
		);
		expect(byFile.size).toBe(cards.length);
		expect(byFile.has(siteCardFile)).toBe(true);
	});

	test('every page gets a card that is drawn: its own, or the site card', () => {
		const [a, b] = guide.roles;
		const subjects = [
			{ kind: 'role', role: a!.id },
			{ kind: 'roadmap', role: a!.id },
			{ kind: 'comparison', roles: [b!.id, a!.id] },
			{ kind: 'skill', id: guide.skills[0]!.id },
			{ kind: 'tool', id: guide.tools[0]!.id },
		] as const;
		for (const subject of subjects) {
			const card = cardOf(guide, subject);
			expect(byFile.get(card.file), subject.kind).toEqual(card);
			expect(card.file, subject.kind).not.toBe(siteCardFile);
		}
		expect(cardOf(guide, { kind: 'hiring', role: a!.id }).file).toBe(siteCardFile);
		expect(cardOf(guide, { kind: 'overview' }).file).toBe(siteCardFile);
	});

	test("a role's card states its split, pay and roadmap hours as its pages do", () => {
		const role = guide.roles.find((r) => r.ratio && guide.payOf(r.id).length > 0)!;
		const card = cardOf(guide, { kind: 'role', role: role.id });
		expect(card.title).toBe(role.name);
		expect(card.facts[0]!.value).toBe(`${role.ratio!.code}% code`);
		expect(card.facts[1]!.value).toBe(medianText(guide.payOf(role.id)[0]!));
		expect(card.facts[2]!.value).toBe(hoursText(roleRoadmap(guide, role.id).requiredHours));
		expect(card.alt.length).toBeLessThanOrEqual(altTextLength);
		expect(card.alt).toContain(role.name);
	});

	test("a pair's card gives the step each way, computed as on the pair page", () => {
		const [a, b] = allPairs(guide.roles).map((p) => [p.a, p.b] as const)[0]!;
		const card = cardOf(guide, { kind: 'comparison', roles: [a.id, b.id] });
		expect(card.title).toBe(`${a.name} vs ${b.name}`);
		expect(card.facts.map((f) => f.label)).toEqual([
			`${a.name} to ${b.name}`,
			`${b.name} to ${a.name}`,
		]);
		expect(card.facts[0]!.value).toBe(stepSizeWords[roleTransition(guide, a.id, b.id).size]);
		expect(card.facts[1]!.value).toBe(stepSizeWords[roleTransition(guide, b.id, a.id).size]);
	});

	test("a roadmap's card lists its phases in order with their hours", () => {
		const role = guide.roles[0]!;
		const roadmap = roleRoadmap(guide, role.id);
		const card = cardOf(guide, { kind: 'roadmap', role: role.id });
		expect(card.lines).toEqual(
			roadmap.phases.map((p, i) => `${i + 1}. ${p.name}: ${hoursText(p.hours)}`),
		);
		expect(card.facts[0]!.value).toBe(hoursText(roadmap.requiredHours));
	});
});

describe('drawing a card', () => {
	const cache = mkdtempSync(join(tmpdir(), 'cards-'));
	afterAll(() => rmSync(cache, { recursive: true, force: true }));
	const card = cards.find((c) => c.kind === 'Role guide')!;
	/** A card drawn anew: into an empty cache of its own. */
	const drawCard = async (c: typeof card, siteName: string) =>
		readFileSync(await cachedCardFile(c, siteName, mkdtempSync(join(cache, 'fresh-'))));

	test('gives a 1200×630 PNG, the same bytes every time', async () => {
		const png = await drawCard(card, 'Guide');
		expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
		expect((await drawCard(card, 'Guide')).equals(png)).toBe(true);
	}, 30_000);

	test('a card drawn before is read from the cache, not drawn again', async () => {
		const cachedCard = async (c: typeof card) =>
			readFileSync(await cachedCardFile(c, 'Guide', cache));
		const first = await cachedCard(card);
		expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
		expect(first.equals(await drawCard(card, 'Guide'))).toBe(true);
		// Whatever the cache holds under the card's key is what comes back: nothing is redrawn.
		writeFileSync(join(cache, `${cardKey(card, 'Guide')}.png`), 'kept');
		expect((await cachedCard(card)).toString()).toBe('kept');
		// A changed card has another key, and is drawn.
		expect(pngSize(await cachedCard({ ...card, title: `${card.title} (changed)` })).width).toBe(
			1200,
		);
		expect(
			readdirSync(cache).filter((f) => !f.endsWith('.png') && !f.startsWith('fresh-')),
		).toEqual([]);
	}, 30_000);

	test('a character the fonts cannot draw fails the build, naming the card and the character', async () => {
		expect(undrawableCharacters('Data scientist – ML engineer')).toEqual([]);
		const error: unknown = await drawCard(
			{ ...card, title: 'Data scientist → ML engineer' },
			'Guide',
		).catch((e: unknown) => e);
		expect(`${(error as Error).message}\n${(error as { hint?: string }).hint}`)
			.toMatchInlineSnapshot(`
			"The social card social/roles/ml-engineer.png ("Data scientist → ML engineer") has characters its font cannot draw: "→" (U+2192).
			Write them with Latin letters and punctuation in the record the card comes from (e.g. "to" for an arrow), or add a font that has them to src/lib/build/fonts/."
		`);
	});
});
