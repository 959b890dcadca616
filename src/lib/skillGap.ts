/**
 * The skill gap: which of a role's skills and tools a reader already has. Pure functions over plain
 * data, shared by the build and the "How far am I from this role?" page's script, so nothing here may
 * import `astro:content`, Node modules or the guide loader.
 */

/** A role as the gap needs it: its id and the ids of its skills and tools, most important first. */
export interface GapRole {
	/** The role's id. */
	id: string;
	/** The role's skills, most important first. */
	skills: readonly { id: string }[];
	/** The role's tools, most important first. */
	tools: readonly { id: string }[];
}

/** A skill or tool of a role. */
export interface GapItem {
	/** Whether it is a skill or a tool (they link to different pages). */
	kind: 'skill' | 'tool';
	/** Its id in the catalogue. */
	id: string;
}

/** What a reader has and lacks of one role's skills and tools. */
export interface SkillGap {
	/** The role's id. */
	roleId: string;
	/** The role's skills and tools the reader has: skills first, each in the role's order. */
	have: GapItem[];
	/** The role's skills and tools the reader lacks: skills first, each in the role's order. */
	missing: GapItem[];
	/** How many skills and tools the role lists. */
	total: number;
	/** Share of them the reader has, 0 to 1; 1 when the role lists none (nothing is missing), never NaN. */
	share: number;
}

/**
 * Splits a role's skills and tools into those the reader has and those still missing.
 * Ids in `have` that the role does not list (or that are not catalogue ids at all) change nothing.
 * @param have Ids of the skills and tools the reader has, in any order.
 * @example skillGap(['python'], { id: 'x', skills: [{ id: 'python' }, { id: 'sql' }], tools: [] }).share // 0.5
 */
export function skillGap(have: Iterable<string>, role: GapRole): SkillGap {
	const owned = new Set(have);
	const items: GapItem[] = [...role.skills.map((s) => ({ kind: 'skill' as const, id: s.id })), ...role.tools.map((t) => ({ kind: 'tool' as const, id: t.id }))];
	const had = items.filter((item) => owned.has(item.id));
	const missing = items.filter((item) => !owned.has(item.id));
	return { roleId: role.id, have: had, missing, total: items.length, share: items.length === 0 ? 1 : had.length / items.length };
}

/**
 * The gap to every role, closest first: highest share, then the role's display order. A role that
 * lists no skills or tools comes last, since a share of 1 there says nothing about the reader.
 * @param roles The roles, in display order.
 */
export function rankByGap(have: Iterable<string>, roles: readonly GapRole[]): SkillGap[] {
	const owned = [...have];
	const rank = (gap: SkillGap) => (gap.total === 0 ? -1 : gap.share);
	return roles
		.map((role, position) => ({ gap: skillGap(owned, role), position }))
		.sort((a, b) => rank(b.gap) - rank(a.gap) || a.position - b.position)
		.map(({ gap }) => gap);
}
