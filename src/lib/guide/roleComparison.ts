import { employerKinds } from '~/schemas/role';
import { type Guide, type Role, requirementLabel } from './guideModel';
import { firstRung, hasEntryLevel, ladderByTrack, ladderSources, ladderTops } from './ladder';

/** One item in a table cell: text, with a link where the item has a page. */
export interface CellItem {
	text: string;
	href?: string;
}

/** A table cell: its items (empty when the data has no value), the sources behind any figure in it. */
export interface Cell {
	items: CellItem[];
	/** Ids of sources for the figures shown in this cell. */
	sourceIds: string[];
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

/** The requirements a role leans on most: its core ones (else its first ones), at most five. */
export function keyRequirements(list: Role['skills']): Role['skills'] {
	const core = list.filter((r) => r.importance === 'core');
	return (core.length > 0 ? core : list).slice(0, 5);
}

const requirementItem = (g: Guide, id: string) => {
	const target = g.requirement(id);
	return { text: requirementLabel(target), ...(target.kind !== 'group' && { href: target.pageUrl }) };
};

/** Every field the table can show, by id. */
export const roleFields = {
	summary: { label: 'In one line', section: '', cell: (r) => ({ items: [{ text: r.summary }], sourceIds: [] }) },
	focus: { label: 'Focus', section: '', cell: (r) => ({ items: [{ text: r.focus }], sourceIds: [] }) },
	ratio: {
		label: 'Code : research',
		section: '',
		cell: (r) => (r.ratio ? { items: [{ text: `${r.ratio.code} : ${r.ratio.research}` }], sourceIds: [r.ratio.source] } : { items: [], sourceIds: [] }),
	},
	background: { label: 'Typical background', section: '', cell: (r) => ({ items: r.background.map((text) => ({ text })), sourceIds: [] }) },
	keySkills: {
		label: 'Key skills',
		section: 'skills',
		cell: (r, g) => ({ items: keyRequirements(r.skills).map(({ id }) => requirementItem(g, id)), sourceIds: [] }),
	},
	keyTools: {
		label: 'Key tools',
		section: 'tools',
		cell: (r, g) => ({ items: keyRequirements(r.tools).map(({ id }) => requirementItem(g, id)), sourceIds: [] }),
	},
	ladder: {
		label: 'Career ladder',
		section: 'career-ladder',
		cell: (r) => ({
			items: ladderByTrack(r.ladder).map((t) => ({ text: `${t.name}: ${t.steps.map((s) => s.title).join(' → ')}` })),
			sourceIds: ladderSources(r).map((s) => s.source),
		}),
	},
	ladderTop: {
		label: 'Top of the ladder',
		section: 'career-ladder',
		cell: (r) => ({ items: ladderTops(r).map((s) => ({ text: s.title })), sourceIds: ladderSources(r).map((s) => s.source) }),
	},
	entryLevel: {
		label: 'Entry-level posts',
		section: 'career-ladder',
		cell: (r) => ({ items: [{ text: hasEntryLevel(r) ? `Yes: ${firstRung(r).title}` : `Uncommon: most join as ${firstRung(r).title}` }], sourceIds: [] }),
	},
	outlook: {
		label: 'Market',
		section: 'the-market',
		cell: (r) => (r.market ? { items: [{ text: r.market.outlook === 'hot' ? 'In high demand' : 'Competitive' }], sourceIds: [r.market.source] } : { items: [], sourceIds: [] }),
	},
	hiredBy: {
		label: 'Hired most by',
		section: 'the-market',
		cell: (r) => (r.market ? { items: r.market.hiredBy.map((k) => ({ text: employerKinds[k] })), sourceIds: [r.market.source] } : { items: [], sourceIds: [] }),
	},
} as const satisfies Record<string, RoleField>;

/** The id of a field the table can show. */
export type RoleFieldId = keyof typeof roleFields;

/** A table computed from the data: one row per role, one column per field. */
export interface ComparisonTable {
	columns: { id: RoleFieldId; label: string }[];
	rows: { role: { id: string; name: string; url: string }; cells: Cell[] }[];
	/** Ids of the sources behind figures anywhere in the table, in first-use order. */
	sourceIds: string[];
}

/**
 * Computes a comparison of roles against fields. Roles keep the order given (all roles in display
 * order by default); a role without a value for a field gets an empty cell that says so, and a field
 * no role has a value for is left out.
 */
export function compareRoles(guide: Guide, fieldIds: readonly RoleFieldId[], roleIds?: readonly string[]): ComparisonTable {
	const roles = roleIds ? roleIds.map((id) => guide.role(id)) : [...guide.roles];
	// A field no role has a value for is left out rather than shown as a row of empty cells.
	const computed = fieldIds.map((f) => roles.map((role) => ({ ...roleFields[f].cell(role, guide), empty: notGiven })));
	const kept = fieldIds.map((f, i) => ({ f, i })).filter(({ i }) => computed[i]!.some((cell) => cell.items.length > 0));
	const rows = roles.map((role, r) => ({
		role: { id: role.id, name: role.name, url: role.url },
		cells: kept.map(({ i }) => computed[i]![r]!),
	}));
	const sourceIds = [...new Set(rows.flatMap((row) => row.cells.flatMap((c) => (c.items.length > 0 ? c.sourceIds : []))))];
	return { columns: kept.map(({ f }) => ({ id: f, label: roleFields[f].label })), rows, sourceIds };
}
