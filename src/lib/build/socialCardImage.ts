/**
 * Social cards as 1200×630 PNGs: drawn on worker threads (`socialCardWorker.mjs`) so that the pages
 * keep rendering meanwhile, and kept in a cache by a hash of everything that makes a card's pixels,
 * so a rebuild with unchanged data draws none again.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { access, copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { AstroError } from 'astro/errors';
import type { SocialCard } from '~/util/socialCard';

/** The folder of the fonts the cards are drawn with, from the project's root (where the build runs). */
const fontDir = () => join(process.cwd(), 'src/lib/build/fonts');

/** The worker script that draws; it holds the layout. */
const workerFile = () => join(process.cwd(), 'src/lib/build/socialCardWorker.mjs');

/** Where drawn cards are kept between builds: Astro's own cache folder. */
export const defaultCacheDir = () => join(process.cwd(), 'node_modules/.astro/social-cards');

/**
 * The characters the shipped fonts draw (the Latin subset of Inter: Basic Latin, Latin-1, general
 * punctuation and a few signs). A card with any other character would show an empty box.
 */
const drawable =
	/^[\u0000-\u00ff\u0131\u0152\u0153\u02bb\u02bc\u02c6\u02da\u02dc\u2000-\u206f\u20ac\u2122\u2191\u2193\u2212\u2215]$/u;

/** The characters of a text the card's fonts cannot draw, each once. */
export function undrawableCharacters(text: string): string[] {
	return [...new Set([...text].filter((c) => !drawable.test(c)))];
}

/** Every text a card shows. */
export const cardTexts = (card: SocialCard): string[] => [
	card.kind,
	card.title,
	card.summary,
	...card.lines,
	...card.facts.flatMap((f) => [f.label, f.value, f.note ?? '']),
];

/** Fails, naming the card and the characters, if a card has a character the shipped fonts cannot draw. */
export function checkDrawable(card: SocialCard): void {
	const undrawable = undrawableCharacters(cardTexts(card).join(''));
	if (undrawable.length > 0)
		throw new AstroError(
			`The social card ${card.file} ("${card.title}") has characters its font cannot draw: ${undrawable.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}.`,
			'Write them with Latin letters and punctuation in the record the card comes from (e.g. "to" for an arrow), or add a font that has them to src/lib/build/fonts/.',
		);
}

let drawingInputs: string | undefined;

/** The layout code, the fonts and the versions of the libraries that draw: what every card's pixels depend on besides the card. */
function drawingDigest(): string {
	if (drawingInputs) return drawingInputs;
	const require = createRequire(join(process.cwd(), 'package.json'));
	const hash = createHash('sha256').update(readFileSync(workerFile()));
	for (const weight of [400, 700])
		hash.update(readFileSync(join(fontDir(), `inter-latin-${weight}-normal.woff`)));
	for (const name of ['@napi-rs/canvas', 'sharp']) {
		// Neither package exports its package.json; its folder is found from its entry point.
		const entry = require.resolve(name);
		const folder = entry.slice(
			0,
			entry.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}/`.length,
		);
		hash.update(
			`${name}@${(JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string }).version}`,
		);
	}
	drawingInputs = hash.digest('hex');
	return drawingInputs;
}

/** The cache key of a card: a hash of the card, the site's name and everything that draws it. */
export function cardKey(card: SocialCard, siteName: string): string {
	return createHash('sha256')
		.update(JSON.stringify([card.kind, card.title, card.summary, card.lines, card.facts, siteName]))
		.update(drawingDigest())
		.digest('hex');
}

interface Job {
	card: SocialCard;
	siteName: string;
	/** Where the worker writes the PNG. */
	file: string;
	resolve: () => void;
	reject: (error: Error) => void;
}

/**
 * Workers that draw one card at a time each, from a shared queue: one fewer than the cores (at least
 * one), so the thread that renders the pages keeps a core; with a worker a core, the pages rendered
 * at half speed while the cards drew, and the build took longer. Idle workers do not keep the process
 * alive.
 */
class DrawingPool {
	private readonly queue: Job[] = [];
	private readonly idle: Worker[] = [];
	private readonly busy = new Map<Worker, Job>();
	private started = 0;
	/** Jobs sent so far: each job's id, which also tells apart the partial files of a build. */
	private sent = 0;

	draw(card: SocialCard, siteName: string, file: string): Promise<void> {
		return new Promise((resolve, reject) => {
			this.queue.push({ card, siteName, file, resolve, reject });
			this.next();
		});
	}

	private next(): void {
		while (this.queue.length > 0) {
			const worker = this.idle.pop() ?? this.start();
			if (!worker) return;
			const job = this.queue.shift()!;
			this.busy.set(worker, job);
			worker.ref();
			worker.postMessage({
				id: ++this.sent,
				card: job.card,
				siteName: job.siteName,
				file: job.file,
			});
		}
	}

	private start(): Worker | undefined {
		if (this.started >= Math.max(1, availableParallelism() - 1)) return undefined;
		this.started++;
		const worker = new Worker(workerFile(), { workerData: { fontDir: fontDir() } });
		worker.on('message', (answer: { error?: string }) => {
			const job = this.busy.get(worker)!;
			this.busy.delete(worker);
			if (answer.error === undefined) job.resolve();
			else
				job.reject(new Error(`Drawing the social card ${job.card.file} failed: ${answer.error}`));
			this.idle.push(worker);
			worker.unref();
			this.next();
		});
		worker.on('error', (error) => {
			this.busy.get(worker)?.reject(error);
			this.busy.delete(worker);
			this.started--;
			this.next();
		});
		return worker;
	}
}

let pool: DrawingPool | undefined;

/**
 * The path of the card's PNG in the cache: there already when this exact card was drawn before, else
 * drawn there by a worker thread (which writes the file itself, so the build holds paths, not the
 * pictures). Fails if the card has a character the fonts cannot draw.
 */
export async function cachedCardFile(
	card: SocialCard,
	siteName: string,
	cacheDir = defaultCacheDir(),
): Promise<string> {
	const file = join(cacheDir, `${cardKey(card, siteName)}.png`);
	// No character check for a kept card: it passed the check when drawn (the fonts are in its key).
	if (
		await access(file).then(
			() => true,
			() => false,
		)
	)
		return file;
	checkDrawable(card);
	await mkdir(cacheDir, { recursive: true });
	pool ??= new DrawingPool();
	await pool.draw(card, siteName, file);
	return file;
}

/**
 * The cards of this build, by their path in the output (`social/roles/ml-engineer.png`), each the
 * promise of its cache file. Held on `globalThis` because the page code that starts the cards and the
 * integration that writes them into the output are bundled apart but run in one process.
 */
function buildCards(): Map<string, Promise<string>> {
	const key = Symbol.for('guide:social-cards');
	const holder = globalThis as { [key]?: Map<string, Promise<string>> };
	return (holder[key] ??= new Map());
}

/**
 * Starts drawing (or finding in the cache) every card of the build, to be copied into the output
 * by `writeBuildCards` when the pages are built: drawing goes on while the pages render, and the
 * cards skip Astro's page pipeline, which cost more than copying a file.
 */
export function startBuildCards(cards: readonly SocialCard[], siteName: string): void {
	const started = buildCards();
	for (const card of cards) {
		if (started.has(card.file)) continue;
		const file = cachedCardFile(card, siteName);
		// A card that fails is reported by writeBuildCards, naming it; not before, as an unhandled rejection.
		file.catch(() => {});
		started.set(card.file, file);
	}
}

/** Copies every card `startBuildCards` started into the output folder, once drawn; returns how many. Fails on the first card that could not be drawn. */
export async function writeBuildCards(outDir: string): Promise<number> {
	const started = buildCards();
	const folders = new Set<string>();
	for (const [path, file] of started) {
		const target = join(outDir, path);
		const folder = dirname(target);
		if (!folders.has(folder)) {
			await mkdir(folder, { recursive: true });
			folders.add(folder);
		}
		await copyFile(await file, target);
	}
	const count = started.size;
	started.clear();
	return count;
}
