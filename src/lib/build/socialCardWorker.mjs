// @ts-check
/**
 * Draws social cards on a worker thread, so the pages keep rendering on the main one: Skia (through
 * @napi-rs/canvas) lays out and draws the text with the fonts shipped in `fonts/` (Inter, SIL Open
 * Font License), and sharp encodes the pixels as PNG. Receives `{ id, card, siteName, file }` messages
 * (see `src/util/socialCard.ts` for a card's fields), writes the PNG to `file` and answers `{ id }`,
 * or `{ id, error }` when drawing fails.
 *
 * This file is read as text into every card's cache key: a change to the layout draws every card anew.
 */
import { renameSync, writeFileSync } from 'node:fs';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import sharp from 'sharp';

/** @typedef {{ label: string; value: string; note?: string }} Fact */
/** @typedef {{ file: string; kind: string; title: string; summary: string; lines: string[]; facts: Fact[] }} Card */
/** @typedef {import('@napi-rs/canvas').SKRSContext2D} Context */

const width = 1200;
const height = 630;
const margin = 64;
const inner = width - 2 * margin;
const colours = {
	background: '#0b1a33',
	panel: '#132a52',
	border: '#2f5088',
	accent: '#8ec5ff',
	text: '#ffffff',
	muted: '#c8d6eb',
};
const regular = 'Inter Card';
const bold = 'Inter Card Bold';

// On Linux a thread's priority is its own: the page rendering comes first, and the cards take what
// time it leaves (libvips's thread, started later, inherits it).
if (process.platform === 'linux') setPriority(19);
// One libvips thread: the worker is one of the build's threads, not a pool of its own.
sharp.concurrency(1);
GlobalFonts.registerFromPath(join(workerData.fontDir, 'inter-latin-400-normal.woff'), regular);
GlobalFonts.registerFromPath(join(workerData.fontDir, 'inter-latin-700-normal.woff'), bold);

// One canvas a worker, drawn over for every card: a new 3 MB canvas a card cost more in memory
// traffic than the drawing itself.
const canvas = createCanvas(width, height);
// Opaque: reading the pixels back then skips un-premultiplying them, and the card is opaque anyway.
const context = canvas.getContext('2d', { alpha: false });

/**
 * A text broken into lines no wider than `max` at the context's font; past `limit` lines the last
 * one ends with "…".
 * @param {Context} g
 * @param {string} text
 * @param {number} max
 * @param {number} limit
 * @returns {string[]}
 */
function wrap(g, text, max, limit) {
	/** @type {string[]} */
	const lines = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && g.measureText(next).width > max) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	if (lines.length <= limit) return lines;
	const kept = lines.slice(0, limit);
	let last = `${kept[limit - 1]}…`;
	while (g.measureText(last).width > max && last.includes(' '))
		last = `${last.slice(0, last.lastIndexOf(' '))}…`;
	kept[limit - 1] = last;
	return kept;
}

/**
 * Writes lines from `top` down and returns the y below the last.
 * @param {Context} g
 * @param {string[]} lines
 * @param {number} x
 * @param {number} top
 * @param {number} lineHeight
 */
function write(g, lines, x, top, lineHeight) {
	lines.forEach((l, i) => g.fillText(l, x, top + i * lineHeight));
	return top + lines.length * lineHeight;
}

/**
 * @param {Context} g
 * @param {number} size
 * @param {boolean} heavy
 * @param {string} colour
 */
function font(g, size, heavy, colour) {
	g.font = `${size}px "${heavy ? bold : regular}"`;
	g.fillStyle = colour;
}

/**
 * The figures in boxes along the foot: all boxes as high as the tallest. Returns the boxes' top.
 * @param {Context} g
 * @param {Fact[]} facts
 */
function drawFacts(g, facts) {
	const gap = 20;
	const padding = 22;
	const boxWidth = (inner - gap * (facts.length - 1)) / facts.length;
	const text = boxWidth - 2 * padding;
	const laid = facts.map((f) => {
		font(g, 22, true, colours.accent);
		const label = wrap(g, f.label, text, 2);
		font(g, 34, true, colours.text);
		const value = wrap(g, f.value, text, 1);
		font(g, 20, false, colours.muted);
		const note = f.note ? wrap(g, f.note, text, 2) : [];
		return { label, value, note, height: label.length * 28 + 46 + note.length * 26 };
	});
	const boxHeight = Math.max(...laid.map((l) => l.height)) + 2 * 18;
	const top = height - 44 - boxHeight;
	laid.forEach((l, i) => {
		const left = margin + i * (boxWidth + gap);
		g.beginPath();
		g.roundRect(left, top, boxWidth, boxHeight, 14);
		g.fillStyle = colours.panel;
		g.fill();
		g.lineWidth = 2;
		g.strokeStyle = colours.border;
		g.stroke();
		font(g, 22, true, colours.accent);
		let y = write(g, l.label, left + padding, top + 18, 28);
		font(g, 34, true, colours.text);
		y = write(g, l.value, left + padding, y + 2, 44);
		font(g, 20, false, colours.muted);
		write(g, l.note, left + padding, y, 26);
	});
	return top;
}

/**
 * The card's pixels: kind and the site's name along the top, the title, then the summary or the
 * listed lines in the room the figures along the foot leave.
 * @param {Card} card
 * @param {string} siteName
 */
function paint(card, siteName) {
	const g = context;
	g.textBaseline = 'top';
	g.fillStyle = colours.background;
	g.fillRect(0, 0, width, height);
	g.fillStyle = colours.accent;
	g.fillRect(0, 0, width, 10);
	font(g, 26, true, colours.accent);
	g.fillText(card.kind, margin, 44);
	// The site's own card has the site's name as its title already.
	if (card.title !== siteName) {
		font(g, 26, true, colours.muted);
		g.textAlign = 'right';
		g.fillText(siteName, width - margin, 44);
		g.textAlign = 'left';
	}
	const titleSize = card.title.length > 40 ? 52 : card.title.length > 24 ? 60 : 68;
	font(g, titleSize, true, colours.text);
	const below = write(g, wrap(g, card.title, inner, 2), margin, 92, Math.round(titleSize * 1.12));
	const factsTop = card.facts.length ? drawFacts(g, card.facts) : height - 44;
	const room = factsTop - 24 - (below + 14);
	if (card.summary) {
		font(g, 30, false, colours.muted);
		write(
			g,
			wrap(g, card.summary, inner, Math.min(3, Math.floor(room / 41))),
			margin,
			below + 14,
			41,
		);
	}
	if (card.lines.length) {
		font(g, 24, false, colours.muted);
		const fit = Math.floor(room / 34);
		write(
			g,
			card.lines.length > fit ? [...card.lines.slice(0, fit - 1), '…'] : card.lines,
			margin,
			below + 14,
			34,
		);
	}
	return canvas.data();
}

/**
 * The card as PNG bytes: an opaque 1200×630 image, the same bytes for the same card.
 * @param {Card} card
 * @param {string} siteName
 */
async function drawCard(card, siteName) {
	const pixels = paint(card, siteName);
	return sharp(pixels, { raw: { width, height, channels: 4 } })
		.removeAlpha()
		.png({ compressionLevel: 3 })
		.toBuffer();
}

parentPort?.on(
	'message',
	async (
		/** @type {{ id: number; card: Card; siteName: string; file: string }} */ {
			id,
			card,
			siteName,
			file,
		},
	) => {
		try {
			const png = await drawCard(card, siteName);
			// Written whole under another name first, so a build stopped half-way never leaves half a card.
			const partial = `${file}.${process.pid}.${id}.tmp`;
			writeFileSync(partial, png);
			renameSync(partial, file);
			parentPort?.postMessage({ id });
		} catch (error) {
			parentPort?.postMessage({
				id,
				error: error instanceof Error ? (error.stack ?? error.message) : String(error),
			});
		}
	},
);
