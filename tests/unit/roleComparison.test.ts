import { describe, expect, test } from 'vitest';
import { buildGuide } from '~/lib/guide/guideModel';
import { rolesByEmployer } from '~/lib/guide/pages/hiring';
import { spectrumLayout } from '~/lib/guide/pages/ratioSpectrum';
import { compareRoles, keyRequirements } from '~/lib/guide/pages/roleComparison';
import { validGuide } from '../fixtures/guide';

const input = validGuide();
input.roles[1]!.data.ratio = undefined;
input.roles[0]!.data.market = {
	outlook: 'hot',
	reason: 'Needed for production.',
	hiredBy: ['mid-size-tech'],
	source: 'course',
};
const guide = buildGuide(input);

describe('compareRoles', () => {
	test('one row per role (all roles in display order by default), one cell per field', () => {
		const table = compareRoles(guide, ['focus', 'ratio', 'background']);
		expect(table.columns.map((c) => c.label)).toEqual([
			'Focus',
			'Code : research',
			'Typical background',
		]);
		expect(table.rows.map((r) => r.role.id)).toEqual(['ml-engineer', 'data-scientist']);
		expect(table.rows[0]!.cells.map((c) => c.items.map((i) => i.text))).toEqual([
			['Production systems'],
			['80 : 20'],
			['Software engineering'],
		]);
	});

	test('a value no source gives is an empty cell that says so, and contributes no source; a field nobody has is left out', () => {
		const table = compareRoles(guide, ['ratio', 'focus'], ['data-scientist', 'ml-engineer']);
		expect(table.columns.map((c) => c.id)).toEqual(['ratio', 'focus']);
		expect(table.rows[0]!.cells[0]).toEqual({ items: [], sourceIds: [], empty: 'None given' });
		expect(
			compareRoles(guide, ['ratio', 'focus'], ['data-scientist']).columns.map((c) => c.id),
		).toEqual(['focus']);
	});

	test("each source is credited only for the cells it covers, and the guide's own cells say so", () => {
		const attributed = buildGuide({
			...input,
			roles: input.roles.map((r, i) => ({
				...r,
				data: {
					...r.data,
					credits: i === 0 ? { focus: ['course'] } : {},
					editorial: i === 0 ? [] : ['focus' as const],
				},
			})),
		});
		expect(compareRoles(attributed, ['focus', 'ratio', 'ladder']).attributions).toEqual([
			// Columns the same source says for the same roles share one line.
			{ columns: ['Focus', 'Code : research'], sourceId: 'course', roles: ['ML Engineer'] },
			{ columns: ['Focus'], roles: ['Data Scientist'] },
			{ columns: ['Career ladder'], sourceId: 'course', roles: ['ML Engineer', 'Data Scientist'] },
			{ columns: ['Career ladder'], roles: ['ML Engineer', 'Data Scientist'], partly: true },
		]);
	});

	test('figures carry their sources up to the table', () => {
		expect(compareRoles(guide, ['ratio', 'outlook']).sourceIds).toEqual(['course']);
	});

	test('skills and tools link to their pages', () => {
		const cell = compareRoles(guide, ['keySkills', 'keyTools'], ['data-scientist']).rows[0]!.cells;
		// Key requirements are the core ones; a group reads as its members and has no page of its own.
		expect(cell[0]!.items).toEqual([
			{ text: 'SQL', href: '/skills/sql/' },
			{ text: 'Statistics', href: '/skills/statistics/' },
		]);
		expect(cell[1]!.items).toEqual([{ text: 'A notebook or dataframe tool: pandas or Jupyter' }]);
	});

	test('roles are given in the order asked for; an unknown id fails with a suggestion', () => {
		expect(
			compareRoles(guide, ['focus'], ['data-scientist', 'ml-engineer']).rows.map((r) => r.role.id),
		).toEqual(['data-scientist', 'ml-engineer']);
		expect(() => compareRoles(guide, ['focus'], ['data-scientst'])).toThrow(
			'Unknown role id "data-scientst"',
		);
	});
});

describe('keyRequirements', () => {
	test('are the core ones, or the first five when none is core', () => {
		expect(keyRequirements(guide.role('ml-engineer').skills).map((s) => s.id)).toEqual(['python']);
		const none = [
			{ id: 'python', importance: 'common' as const },
			{ id: 'sql', importance: 'plus' as const },
		];
		expect(keyRequirements(none).map((s) => s.id)).toEqual(['python', 'sql']);
	});
});

describe('rolesByEmployer', () => {
	test("inverts the roles' hiring data, keeping every employer kind", () => {
		expect(
			rolesByEmployer(guide).map((row) => [
				row.employer,
				row.roles.map((r) => r.id),
				row.sourceIds,
			]),
		).toEqual([
			['startups', [], []],
			['mid-size-tech', ['ml-engineer'], ['course']],
			['enterprises', [], []],
		]);
	});
});

describe('spectrumLayout', () => {
	test('places roles by research share and leaves out roles without a ratio', () => {
		const points = spectrumLayout(guide.roles, { width: 200, margin: 0, charWidth: 1 });
		expect(points.map((p) => [p.role.id, p.research, p.x])).toEqual([['ml-engineer', 20, 40]]);
	});

	test('labels that would overlap go to separate rows; distant ones share a row', () => {
		const role = guide.role('ml-engineer');
		const at = (id: string, research: number, order: number) => ({
			...role,
			id,
			name: 'Twelve chars',
			order,
			ratio: { code: 100 - research, research, source: 'course' },
		});
		const points = spectrumLayout([at('a', 10, 1), at('b', 12, 2), at('c', 90, 3)], {
			width: 600,
			margin: 0,
			charWidth: 7,
		});
		expect(points.map((p) => [p.role.id, p.lane])).toEqual([
			['a', 0],
			['b', 1],
			['c', 0],
		]);
	});
});
