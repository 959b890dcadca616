/**
 * What the search dialog loads when the browser is idle: the function that reads a query with the
 * guide's vocabulary, showing its best answers and handing Pagefind its full-text term. One module,
 * so the page loads one more file, not two.
 */
import { interpretQuery, type SearchVocabulary } from '~/lib/browser/searchIntent';
import { showAnswers } from './searchAnswers';

/** Reads queries with this vocabulary: shows each query's best answers, returns the term for Pagefind. */
export function queryReader(vocabulary: SearchVocabulary): (query: string) => string {
	return (query) => {
		const reading = interpretQuery(query, vocabulary);
		showAnswers(reading.answers);
		return reading.term;
	};
}
