import { employerKinds } from '~/schemas/role';
import { type Guide, type Role, requirementLabel } from '../guideModel';
import {
	firstRung,
	hasEntryLevel,
	ladderByTrack,
	ladderSources,
	ladderTops,
	trackText,
} from '../ladder';

/** One item in a table cell: text, with a link where the item has a page. */
export interface CellItem {
	text: string;
	href?: string;
}

/** A table cell: its items (empty when the data has no value), the sources behind it, and whether it is the guide's own. */
export interface Cell {
	items: CellItem[];
	/** Ids of the sources that say what this cell shows. */
	sourceIds: string[];
	/** Whether what the cell shows (or part of it) is the guide's own judgement rather than a source's. */
	editorial?: boolean;
	/** Shown instead of items when there are none. */
	empty: string;
}

/** A field the comparison table can show, computed from a role. */
export interface RoleField {
	/** Column or row header. */
	label: string;
	/** The section of the role page the field comes from, for "see more" links. */
	section: string;
	cell: (role: Role, guide: Guide) => Omit<Cell, 'empty'>;
}

const notGiven = 'None given';

/** Who says a field of a role: the sources credited for it, and whether it is the guide's own. */
const said = (r: Role, field: keyof Role['credits']) => ({
	sourceIds: r.credits[field] ?? [],
	editorial: r.editorial.includes(field),
});

/** The requirements a role leans on most: its core ones (else its first ones), at most five. */
export function keyRequirements(list: Role['skills']): Role['skills'] {
	const core = list.filter((r) => r.importance === 'core');
	return (core.length > 0 ? core : list).slice(0, 5);
}

const requirementItem = (g: Guide, id: string) => {
	const target = g.requirement(id);
	return {
		text: requirementLabel(target),
		...(target.kind !== 'group' && { href: target.pageUrl }),
	};
};

/** Every field the table can show, by id. */
export const roleFields = {
	summary: {
		label: 'In one line',
		section: '',
		cell: (r) => ({ items: [{ text: r.summary }], sourceIds: [] }),
	},
	focus: {
		label: 'Focus',
		section: '',
		cell: (r) => ({ items: [{ text: r.focus }], ...said(r, 'focus') }),
	},
	ratio: {
		label: 'Code : research',
		section: '',
		cell: (r) =>
			r.ratio
				? {
						items: [{ text: `${r.ratio.code} : ${r.ratio.research}` }],
						sourceIds: [r.ratio.source],
					}
				: { items: [], sourceIds: [] },
	},
	background: {
		label: 'Typical background',
		section: '',
		cell: (r) => ({ items: r.background.map((text) => ({ text })), ...said(r, 'background') }),
	},
	keySkills: {
		label: 'Key skills',
		section: 'skills',
		cell: (r, g) => ({
			items: keyRequirements(r.skills).map(({ id }) => requirementItem(g, id)),
			...said(r, 'skills'),
		}),
	},
	keyTools: {
		label: 'Key tools',
		section: 'tools',
		cell: (r, g) => ({
			items: keyRequirements(r.tools).map(({ id }) => requirementItem(g, id)),
			...said(r, 'tools'),
		}),
	},
	ladder: {
		label: 'Career ladder',
		section: 'career-ladder',
		cell: (r) => ({
			items: ladderByTrack(r.ladder).map((t) => ({ text: trackText(t) })),
			sourceIds: ladderSources(r).map((s) => s.source),
			// Sources give one line of titles; the split into tracks is always the guide's.
			editorial: true,
		}),
	},
	ladderTop: {
		label: 'Top of the ladder',
		section: 'career-ladder',
		cell: (r) => ({
			items: ladderTops(r).map((s) => ({ text: s.title })),
			sourceIds: ladderSources(r).map((s) => s.source),
			editorial: true,
		}),
	},
	entryLevel: {
		label: 'Entry-level posts',
		section: 'career-ladder',
		cell: (r) => ({
			items: [
				{
					text: hasEntryLevel(r)
						? `Yes: ${firstRung(r).title}`
						: `Uncommon: most join as ${firstRung(r).title}`,
				},
			],
			sourceIds: [],
			editorial: true,
		}),
	},
	outlook: {
		label: 'Market',
		section: 'the-market',
		cell: (r) =>
			r.market
				? {
						items: [{ text: r.market.outlook === 'hot' ? 'In high demand' : 'Competitive' }],
						sourceIds: [r.market.source],
					}
				: { items: [], sourceIds: [] },
	},
	hiredBy: {
		label: 'Hired most by',
		section: 'the-market',
		cell: (r) =>
			r.market
				? {
						items: r.market.hiredBy.map((k) => ({ text: employerKinds[k] })),
						sourceIds: [r.market.source],
					}
				: { items: [], sourceIds: [] },
	},
} as const satisfies Record<string, RoleField>;

/** The id of a field the table can show. */
export type RoleFieldId = keyof typeof roleFields;

/**
 * Who says some columns of a table for which roles: a source (by id) or, without one, the guide's
 * own judgement. A table lists these under it, so no source is credited for a cell it does not cover;
 * columns said by the same source for the same roles share one line.
 */
export interface Attribution {
	/** The columns' labels, in table order. */
	columns: string[];
	/** The source's id; undefined for the guide's own judgement. */
	sourceId?: string;
	/** The names of the roles whose cells in this column it covers, in table order. */
	roles: string[];
	/** For the guide's own judgement: whether a source is also credited for these cells, so the guide's part is an addition. */
	partly?: boolean;
}

/** A table computed from the data: one row per role, one column per field. */
export interface ComparisonTable {
	columns: { id: RoleFieldId; label: string }[];
	rows: { role: { id: string; name: string; url: string }; cells: Cell[] }[];
	/** Ids of the sources behind cells anywhere in the table, in first-use order. */
	sourceIds: string[];
	/** Who says each column, for which roles: sources first, then the guide's own. */
	attributions: Attribution[];
}

/**
 * Computes a comparison of roles against fields. Roles keep the order given (all roles in display
 * order by default); a role without a value for a field gets an empty cell that says so, and a field
 * no role has a value for is left out.
 */
export function compareRoles(
	guide: Guide,
	fieldIds: readonly RoleFieldId[],
	roleIds?: readonly string[],
): ComparisonTable {
	const roles = roleIds ? roleIds.map((id) => guide.role(id)) : [...guide.roles];
	// A field no role has a value for is left out rather than shown as a row of empty cells.
	const computed: Cell[][] = fieldIds.map((f) =>
		roles.map((role) => ({ ...roleFields[f].cell(role, guide), empty: notGiven })),
	);
	const kept = fieldIds
		.map((f, i) => ({ f, i }))
		.filter(({ i }) => computed[i]!.some((cell) => cell.items.length > 0));
	const rows = roles.map((role, r) => ({
		role: { id: role.id, name: role.name, url: role.url },
		cells: kept.map(({ i }) => computed[i]![r]!),
	}));
	const sourceIds = [
		...new Set(
			rows.flatMap((row) => row.cells.flatMap((c) => (c.items.length > 0 ? c.sourceIds : []))),
		),
	];
	const columns = kept.map(({ f }) => ({ id: f, label: roleFields[f].label }));
	const perColumn = columns.flatMap((column, c) => {
		const filled = rows.filter((row) => row.cells[c]!.items.length > 0);
		const credited = sourceIds.map((sourceId) => ({
			column: column.label,
			sourceId,
			roles: filled
				.filter((row) => row.cells[c]!.sourceIds.includes(sourceId))
				.map((row) => row.role.name),
		}));
		const own = filled.filter((row) => row.cells[c]!.editorial);
		const sourced = (row: (typeof rows)[number]) => row.cells[c]!.sourceIds.length > 0;
		const ownAttributions = [
			{
				column: column.label,
				roles: own.filter((row) => !sourced(row)).map((row) => row.role.name),
			},
			{
				column: column.label,
				roles: own.filter(sourced).map((row) => row.role.name),
				partly: true,
			},
		];
		return [...credited, ...ownAttributions].filter((a) => a.roles.length > 0);
	});
	// One line per source and set of roles, naming every column it covers.
	const attributions = new Map<string, Attribution>();
	for (const { column, ...who } of perColumn) {
		const key = JSON.stringify(who);
		const line = attributions.get(key);
		if (line) line.columns.push(column);
		else attributions.set(key, { columns: [column], ...who });
	}
	return { columns, rows, sourceIds, attributions: [...attributions.values()] };
}
