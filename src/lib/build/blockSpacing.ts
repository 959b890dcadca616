/**
 * Astro writes a page's HTML without whitespace between elements, so `<dt>What it is</dt><dd>Watching…`
 * reaches Pagefind as "What it isWatching…" and search excerpts run words together. Whitespace
 * after a block-level element (a term, a table cell, a list item, a paragraph) is not rendered, so
 * one space there separates the words for search and changes nothing a reader sees. Code blocks
 * (`<pre>`) and scripts keep every character.
 */

// Elements whose closing tag can be followed by a space that no browser renders (or, for inline
// lists, that collapses into the space the separator already has).
const blocks = [
	'address',
	'article',
	'aside',
	'caption',
	'dd',
	'details',
	'div',
	'dl',
	'dt',
	'figcaption',
	'figure',
	'footer',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'li',
	'nav',
	'ol',
	'p',
	'section',
	'summary',
	'table',
	'tbody',
	'td',
	'tfoot',
	'th',
	'thead',
	'tr',
	'ul',
];
const closingThenTag = new RegExp(`</(${blocks.join('|')})>(?=<)`, 'g');
const verbatim =
	/(<pre[\s>][\s\S]*?<\/pre>|<script[\s>][\s\S]*?<\/script>|<style[\s>][\s\S]*?<\/style>)/;

/**
 * Puts a space after each block-level closing tag that another tag follows directly, outside
 * `<pre>`, `<script>` and `<style>`.
 * @example separateBlocks('<dl><dt>What it is</dt><dd>Watching</dd></dl>') // "<dl><dt>What it is</dt> <dd>Watching</dd> </dl>"
 */
export function separateBlocks(html: string): string {
	return html
		.split(verbatim)
		.map((part, i) => (i % 2 === 1 ? part : part.replace(closingThenTag, '</$1> ')))
		.join('');
}
