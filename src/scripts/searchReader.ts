/**
 * What the search dialog loads when the browser is idle: the function that reads a query with the
 * guide's vocabulary, showing its best answers and handing Pagefind its full-text term. One module,
 * so the page loads one more file, not two.
 *
 * Pagefind's UI waits 300 ms after a keystroke before it searches. The query is read in that wait,
 * not when the search starts, so reading it never delays the results. Where the reading changes what
 * is searched ("which roles use kubernetes" → "kubernetes"), the wait is also used to search the new
 * term and load the data of the results the dialog will draw first: Pagefind's UI only loads ahead
 * for the words as typed, and the reading's term can match other and larger pages. A query searched
 * as typed is left to Pagefind's UI, as in Starlight's own dialog.
 */
import { withBase } from '~/lib/browser/paths';
import {
	interpretQuery,
	type Interpretation,
	type SearchVocabulary,
} from '~/lib/browser/searchIntent';
import { showAnswers } from './searchAnswers';

/** The part of Pagefind's API the dialog loads ahead with (https://pagefind.app/docs/api/). */
interface Pagefind {
	search(term: string): Promise<{ results: { data(): Promise<unknown> }[] } | null>;
}

/** How many results Pagefind's UI draws at first, each with its data loaded (its `pageSize`). */
const drawnFirst = 5;
/** How long the search box stays unchanged before the reading's term is searched ahead, well within Pagefind UI's 300 ms. */
const pause = 100;

let pagefind: Promise<Pagefind> | undefined;

/** Searches a term and loads its first results' data, so that the dialog's own search of it finds them loaded. */
async function loadAhead(term: string) {
	// The module Pagefind's UI imports (its bundlePath): one instance, one cache of loaded data.
	pagefind ??= import(/* @vite-ignore */ withBase('/pagefind/pagefind.js')) as Promise<Pagefind>;
	const found = await (await pagefind).search(term);
	await Promise.all((found?.results ?? []).slice(0, drawnFirst).map((result) => result.data()));
}

/** Reads queries with this vocabulary: shows each query's best answers, returns the term for Pagefind. */
export function queryReader(vocabulary: SearchVocabulary): (query: string) => string {
	let last: { query: string; reading: Interpretation } | undefined;
	const readingOf = (query: string) => {
		if (last?.query !== query) last = { query, reading: interpretQuery(query, vocabulary) };
		return last.reading;
	};
	// Pagefind's UI sets its options (the ranking among them) before its first search; nothing is searched ahead until then.
	let uiReady = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	document.addEventListener(
		'input',
		(event) => {
			const box = event.target;
			if (!(box instanceof HTMLInputElement) || !box.closest('#starlight__search')) return;
			clearTimeout(timer);
			const query = box.value;
			if (!query.trim()) return;
			timer = setTimeout(() => {
				const { term } = readingOf(query);
				if (uiReady && term !== query) loadAhead(term).catch(() => undefined);
			}, pause);
		},
		true,
	);
	return (query) => {
		uiReady = true;
		const reading = readingOf(query);
		showAnswers(reading.answers);
		return reading.term;
	};
}
