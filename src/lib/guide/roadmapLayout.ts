/**
 * Where each topic of a roadmap goes in its drawing: stages as columns, topics as boxes stacked in
 * learning order, prerequisite edges as curves. Pure geometry, used at build time to draw inline SVG.
 */
import type { Roadmap } from './roadmap';

/** A topic's box. */
export interface LayoutNode {
	id: string;
	label: string;
	x: number;
	y: number;
	width: number;
	height: number;
	/** Whether the topic is a must-have. */
	core: boolean;
}

/** The drawing: its size, the column headings, the boxes and the edges (SVG path data). */
export interface RoadmapLayout {
	width: number;
	height: number;
	columns: { name: string; x: number; width: number }[];
	nodes: LayoutNode[];
	edges: { from: string; to: string; path: string }[];
}

/** Sizes in SVG units. */
const size = { column: 200, gap: 40, node: 30, rowGap: 8, header: 40, margin: 10, maxLabel: 26 };
/** How far at most a curve between two topics of one column bows out to its left. */
const maxBow = size.gap - 6;
/** The left margin: room for the first column's curves, which would otherwise be cut off. */
const left = size.margin + maxBow;

/** A label short enough for its box: long names are cut at a word and marked with an ellipsis. */
export function shortLabel(text: string, max = size.maxLabel): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 8)).trimEnd()}…`;
}

/**
 * Lays out a roadmap. Edges run from a prerequisite's right edge to the dependent's left edge; when
 * both sit in one column the curve bows out to the left of the column. Path data is relative after
 * its start, so that curves of the same shape repeat the same text (the page is sent compressed).
 * @param label The name to show for a topic id.
 */
export function layoutRoadmap(roadmap: Roadmap, label: (id: string) => string): RoadmapLayout {
	const nodes = new Map<string, LayoutNode>();
	const columns = roadmap.phases.map((stage, i) => {
		const x = left + i * (size.column + size.gap);
		stage.topics.forEach((topic, row) => {
			nodes.set(topic.id, {
				id: topic.id,
				label: shortLabel(label(topic.id)),
				x,
				y: size.header + row * (size.node + size.rowGap),
				width: size.column,
				height: size.node,
				core: topic.importance === 'core',
			});
		});
		return { name: stage.name, x, width: size.column };
	});
	const rows = Math.max(1, ...roadmap.phases.map((s) => s.topics.length));
	const edges = roadmap.topics.flatMap((topic) =>
		topic.prerequisites.flatMap((from) => {
			const a = nodes.get(from);
			const b = nodes.get(topic.id);
			if (!a || !b) return [];
			const ay = a.y + a.height / 2;
			const by = b.y + b.height / 2;
			const dy = by - ay;
			if (a.x === b.x) {
				const bow = -Math.round(Math.min(maxBow, 12 + Math.abs(dy) / 8));
				return [{ from, to: topic.id, path: `M${a.x} ${ay}c${bow} 0 ${bow} ${dy} 0 ${dy}` }];
			}
			const ax = a.x + a.width;
			const half = (b.x - ax) / 2;
			return [{ from, to: topic.id, path: `M${ax} ${ay}c${half} 0 ${half} ${dy} ${b.x - ax} ${dy}` }];
		}),
	);
	return {
		width: left + size.margin + roadmap.phases.length * size.column + (roadmap.phases.length - 1) * size.gap,
		height: size.header + rows * (size.node + size.rowGap) + size.margin,
		columns,
		nodes: [...nodes.values()],
		edges,
	};
}
