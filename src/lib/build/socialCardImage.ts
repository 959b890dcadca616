/**
 * Draws a social card as a 1200×630 PNG: satori lays the card out as SVG with the fonts shipped in
 * `fonts/` (Inter, SIL Open Font License), sharp rasterises it. The same card always gives the same
 * bytes, and a card already drawn is read back from a cache instead of drawn again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import satori from 'satori';
import sharp from 'sharp';
import { type SocialCard, type SocialCardFact, socialCardSize } from '~/util/socialCard';

/** The fonts' folder, from the project's root (the build runs there). */
const fontDir = () => join(process.cwd(), 'src/lib/build/fonts');

/** Where drawn cards are kept between builds, by a hash of everything that makes them: Astro's own cache folder. */
export const defaultCacheDir = () => join(process.cwd(), 'node_modules/.astro/social-cards');

/**
 * The characters the shipped fonts draw (the Latin subset of Inter: Basic Latin, Latin-1, general
 * punctuation and a few signs). A card with any other character would show an empty box.
 */
const drawable = /^[\u0000-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u2000-\u206f\u20ac\u2122\u2191\u2193\u2212\u2215]*$/u;

/** The characters of a text the card's fonts cannot draw, each once. */
export function undrawableCharacters(text: string): string[] {
	return [...new Set([...text].filter((c) => !drawable.test(c)))];
}

/** Every text a card shows, for the character check. */
const cardTexts = (card: SocialCard): string[] => [card.kind, card.title, card.summary, ...card.lines, ...card.facts.flatMap((f) => [f.label, f.value, f.note ?? ''])];

const colours = { background: '#0b1a33', panel: '#132a52', border: '#2f5088', accent: '#8ec5ff', text: '#ffffff', muted: '#c8d6eb' } as const;

/** A satori element: the shape of a React element, without React. */
interface Node {
	type: string;
	props: { style?: Record<string, string | number>; children?: string | Node | (string | Node)[] };
}

const box = (style: Record<string, string | number>, ...children: (string | Node)[]): Node => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });

function factBox(fact: SocialCardFact, width: number): Node {
	return box(
		{ flexDirection: 'column', width, padding: '16px 22px', background: colours.panel, border: `2px solid ${colours.border}`, borderRadius: 14 },
		box({ fontSize: 22, color: colours.accent, fontWeight: 700 }, fact.label),
		box({ fontSize: 34, fontWeight: 700, marginTop: 4 }, fact.value),
		...(fact.note ? [box({ fontSize: 20, color: colours.muted, marginTop: 4 }, fact.note)] : []),
	);
}

/** The card's layout: kind and the site's name along the top, title, summary or listed lines, and figures in boxes along the foot. */
export function cardTree(card: SocialCard, siteName: string): Node {
	const inner = socialCardSize.width - 2 * 64;
	const gap = 20;
	const factWidth = card.facts.length ? Math.floor((inner - gap * (card.facts.length - 1)) / card.facts.length) : 0;
	const titleSize = card.title.length > 40 ? 52 : card.title.length > 24 ? 60 : 68;
	// Margins, not padding: satori adds padding to a box's height, and the card must stay 630 pixels high.
	return box(
		{ width: socialCardSize.width, height: socialCardSize.height, flexDirection: 'column', background: colours.background, color: colours.text, fontFamily: 'Inter' },
		box({ width: socialCardSize.width, height: 10, background: colours.accent }),
		box(
			{ flexGrow: 1, flexDirection: 'column', margin: '34px 64px 44px' },
			box({ width: inner, justifyContent: 'space-between', fontSize: 26, fontWeight: 700, color: colours.accent }, box({}, card.kind), box({ color: colours.muted }, siteName)),
			box({ width: inner, fontSize: titleSize, fontWeight: 700, lineHeight: 1.1, marginTop: 14 }, card.title),
			...(card.summary ? [box({ width: inner, fontSize: 30, lineHeight: 1.35, color: colours.muted, marginTop: 18 }, card.summary)] : []),
			...(card.lines.length ? [box({ width: inner, flexDirection: 'column', marginTop: 16 }, ...card.lines.map((l) => box({ fontSize: 24, lineHeight: 1.4, color: colours.muted }, l)))] : []),
			box({ flexGrow: 1 }),
			...(card.facts.length ? [box({ width: inner, gap }, ...card.facts.map((f) => factBox(f, factWidth)))] : []),
		),
	);
}

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
	fonts ??= Promise.all(([400, 700] as const).map(async (weight) => ({ name: 'Inter', data: await readFile(join(fontDir(), `inter-latin-${weight}-normal.woff`)), weight, style: 'normal' as const })));
	return fonts;
}

/** The versions of the two libraries that draw the cards: a new version may draw differently. */
function drawingLibraries(): string {
	const require = createRequire(join(process.cwd(), 'package.json'));
	return ['satori', 'sharp']
		.map((name) => {
			// Neither package exports its package.json; its folder is found from its entry point.
			const entry = require.resolve(name);
			const folder = entry.slice(0, entry.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}/`.length);
			return `${name}@${(JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version}`;
		})
		.join(' ');
}

/** A hash of everything a card's pixels depend on: the card, the layout code, the fonts and the libraries. */
export async function cardKey(card: SocialCard, siteName: string): Promise<string> {
	const hash = createHash('sha256').update(JSON.stringify([card, siteName, cardTree.toString(), factBox.toString(), drawingLibraries()]));
	for (const font of await loadFonts()) hash.update(font.data);
	return hash.digest('hex');
}

/**
 * The card as PNG bytes. Fails, naming the card and the characters, if its text has a character the
 * shipped fonts cannot draw.
 */
export async function drawCard(card: SocialCard, siteName: string): Promise<Buffer> {
	const undrawable = undrawableCharacters(cardTexts(card).join(''));
	if (undrawable.length > 0)
		throw new AstroError(
			`The social card ${card.file} ("${card.title}") has characters its font cannot draw: ${undrawable.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}.`,
			'Write them with Latin letters and punctuation in the record the card comes from (e.g. "to" for an arrow), or add a font that has them to src/lib/build/fonts/.',
		);
	const svg = await satori(cardTree(card, siteName) as unknown as Parameters<typeof satori>[0], { ...socialCardSize, fonts: await loadFonts() });
	return sharp(Buffer.from(svg)).png({ compressionLevel: 6 }).toBuffer();
}

/** The card as PNG bytes, from the cache when this exact card was drawn before, else drawn and kept. */
export async function cachedCard(card: SocialCard, siteName: string, cacheDir = defaultCacheDir()): Promise<Buffer> {
	const file = join(cacheDir, `${await cardKey(card, siteName)}.png`);
	const kept = await readFile(file).catch(() => undefined);
	if (kept) return kept;
	const png = await drawCard(card, siteName);
	await mkdir(cacheDir, { recursive: true });
	// Written whole under another name first, so a build stopped half-way never leaves half a card.
	const partial = `${file}.${process.pid}.tmp`;
	await writeFile(partial, png);
	await rename(partial, file);
	return png;
}
