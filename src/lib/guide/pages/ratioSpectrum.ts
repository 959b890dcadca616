import type { Role } from '../guideModel';

/** One role placed on the code ↔ research spectrum. */
export interface SpectrumPoint {
	role: Role;
	/** Share of research, 0 to 100 (the position on the axis). */
	research: number;
	/** Horizontal position in the chart's coordinate space. */
	x: number;
	/** Label row, from 0 (nearest the axis); labels in one row never overlap. */
	lane: number;
}

/** Chart geometry: total width, the axis's left and right margins, and the estimated width of one label character. */
export interface SpectrumGeometry {
	width: number;
	margin: number;
	charWidth: number;
}

/**
 * Places the roles that have a code:research ratio on a horizontal axis (0% research on the left),
 * assigning each label to the lowest row where it does not overlap another. Roles without a ratio
 * are left out (the chart's text alternative says which).
 */
export function spectrumLayout(
	roles: readonly Role[],
	geometry: SpectrumGeometry = { width: 640, margin: 40, charWidth: 7 },
): SpectrumPoint[] {
	const span = geometry.width - 2 * geometry.margin;
	const placed = roles
		.filter((r): r is Role & { ratio: NonNullable<Role['ratio']> } => r.ratio !== undefined)
		.map((role) => ({
			role,
			research: role.ratio.research,
			x: geometry.margin + (role.ratio.research / 100) * span,
		}))
		.sort((p, q) => p.x - q.x || p.role.order - q.role.order);
	const laneEnds: number[] = [];
	return placed.map((point) => {
		const half = (point.role.name.length * geometry.charWidth) / 2 + 6;
		let lane = laneEnds.findIndex((end) => end < point.x - half);
		if (lane === -1) lane = laneEnds.length;
		laneEnds[lane] = point.x + half;
		return { ...point, lane };
	});
}
