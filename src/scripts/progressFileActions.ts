/**
 * Saving the reader's progress to a file and loading it back, for the roadmap page: loaded on first
 * use, so it costs the page nothing until then. A loaded file is merged with what the browser holds,
 * so loading never loses a tick.
 */
import { progressFileName, progressFileText, readProgressFile } from '~/lib/browser/progressFile';
import { type ProgressStorage, readProgress, writeProgress } from '~/lib/browser/progressStore';
import { readPlan, writePlan } from '~/lib/browser/planStore';
import { ticksIn } from '~/lib/browser/ticks';
import type { Settle } from './roadmap';

/**
 * Does what the roadmap's file control that fired asks: a click on "Save to a file" saves; a file
 * chosen in "Load from a file" is loaded, and the page settles on what the browser then holds.
 */
export async function progressFileAction(
	event: Event,
	storage: ProgressStorage | undefined,
	settle: Settle,
): Promise<void> {
	const input = event.target;
	if (!(input instanceof HTMLInputElement && input.type === 'file'))
		return saveProgressFile(storage);
	const file = input.files?.[0];
	if (!file) return;
	const message = await loadProgressFile(storage, file);
	input.value = '';
	settle(ticksIn(readProgress(storage).have), readPlan(storage), false, message);
}

/** Offers the reader's whole progress (every page's ticks and the plan) as a file to download. */
export function saveProgressFile(storage: ProgressStorage | undefined): void {
	const text = progressFileText({ have: readProgress(storage).have, plan: readPlan(storage) });
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const link = Object.assign(document.createElement('a'), {
		href: url,
		download: progressFileName,
	});
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a chosen file and merges its ticks and plan into the browser's; says what happened. */
export async function loadProgressFile(
	storage: ProgressStorage | undefined,
	file: File,
): Promise<string> {
	const read = readProgressFile(await file.text());
	if ('problem' in read) return read.problem;
	const before = readProgress(storage).have;
	const merged = [...new Set([...before, ...read.have])];
	writeProgress(storage, merged);
	writePlan(storage, read.plan);
	const ticks = (n: number) => `${n} tick${n === 1 ? '' : 's'}`;
	return `Loaded ${ticks(read.have.length)} from the file and merged them with the ${ticks(before.length)} already in this browser.`;
}
