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

/** A label short enough for its box: long names are cut at a word and marked with an ellipsis. */
export function shortLabel(text: string, max = size.maxLabel): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 8)).trimEnd()}…`;
}

/**
 * Lays out a roadmap. Edges run from a prerequisite's right edge to the dependent's left edge; when
 * both sit in one column the curve bows out to the left of the column.
 * @param label The name to show for a topic id.
 */
export function layoutRoadmap(roadmap: Roadmap, label: (id: string) => string): RoadmapLayout {
	const nodes = new Map<string, LayoutNode>();
	const columns = roadmap.stages.map((stage, i) => {
		const x = size.margin + i * (size.column + size.gap);
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
	const rows = Math.max(1, ...roadmap.stages.map((s) => s.topics.length));
	const edges = roadmap.topics.flatMap((topic) =>
		topic.prerequisites.flatMap((from) => {
			const a = nodes.get(from);
			const b = nodes.get(topic.id);
			if (!a || !b) return [];
			const ay = a.y + a.height / 2;
			const by = b.y + b.height / 2;
			if (a.x === b.x) {
				const bow = a.x - Math.min(size.gap - 6, 12 + Math.abs(by - ay) / 8);
				return [{ from, to: topic.id, path: `M${a.x} ${ay} C${bow} ${ay} ${bow} ${by} ${b.x} ${by}` }];
			}
			const ax = a.x + a.width;
			const mid = (ax + b.x) / 2;
			return [{ from, to: topic.id, path: `M${ax} ${ay} C${mid} ${ay} ${mid} ${by} ${b.x} ${by}` }];
		})
	);
	return {
		width: size.margin * 2 + roadmap.stages.length * size.column + (roadmap.stages.length - 1) * size.gap,
		height: size.header + rows * (size.node + size.rowGap) + size.margin,
		columns,
		nodes: [...nodes.values()],
		edges,
	};
}
