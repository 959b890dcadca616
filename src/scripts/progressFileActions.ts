/**
 * Saving the reader's progress to a file and loading it back, for the roadmap page: loaded on first
 * use, so it costs the page nothing until then. A loaded file is merged with what the browser holds,
 * so loading never loses a tick.
 */
import { progressFileName, progressFileText, readProgressFile } from '~/lib/browser/progressFile';
import { type ProgressStorage, readProgress, writeProgress } from '~/lib/browser/progressStore';
import { readPlan, writePlan } from '~/lib/browser/planStore';

/** Offers the reader's whole progress (every page's ticks and the plan) as a file to download. */
export function saveProgressFile(storage: ProgressStorage | undefined): void {
	const text = progressFileText({ have: readProgress(storage).have, plan: readPlan(storage) });
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const link = Object.assign(document.createElement('a'), { href: url, download: progressFileName });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a chosen file and merges its ticks and plan into the browser's; says what happened. */
export async function loadProgressFile(storage: ProgressStorage | undefined, file: File): Promise<string> {
	const read = readProgressFile(await file.text());
	if ('problem' in read) return read.problem;
	const before = readProgress(storage).have;
	const merged = [...new Set([...before, ...read.have])];
	writeProgress(storage, merged);
	writePlan(storage, read.plan);
	const ticks = (n: number) => `${n} tick${n === 1 ? '' : 's'}`;
	return `Loaded ${ticks(read.have.length)} from the file and merged them with the ${ticks(before.length)} already in this browser.`;
}
