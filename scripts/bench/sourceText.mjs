// @ts-check
/**
 * Reading values out of the project's TypeScript sources without importing TypeScript: the
 * benchmarks run under plain Node.js, and take what the site uses (its search ranking, the test
 * questions) from the files themselves rather than from copies that could drift.
 */

/**
 * The index of the bracket that closes the one at `open` (`{`, `[` or `(`), skipping strings,
 * template literals and comments.
 * @param {string} source
 * @param {number} open Index of the opening bracket.
 * @returns {number} -1 when it is never closed.
 */
export function matchingBracket(source, open) {
	let depth = 0;
	for (let i = open; i < source.length; i++) {
		const c = source[i];
		if (c === '/' && source[i + 1] === '/') {
			const eol = source.indexOf('\n', i);
			i = eol < 0 ? source.length : eol;
		} else if (c === '/' && source[i + 1] === '*') {
			const close = source.indexOf('*/', i + 2);
			i = close < 0 ? source.length : close + 1;
		} else if (c === '"' || c === "'" || c === '`') {
			for (i++; i < source.length && source[i] !== c; i++) if (source[i] === '\\') i++;
		} else if (c === '{' || c === '[' || c === '(') depth++;
		else if ((c === '}' || c === ']' || c === ')') && --depth === 0) return i;
	}
	return -1;
}

/**
 * Evaluates the object or array literal that `start` leads up to (the pattern must end with its
 * opening `{` or `[`). The literal must be plain JavaScript: strings, numbers, nested objects and
 * arrays, comments; no type assertions inside it.
 * @param {string} source The file's text.
 * @param {RegExp} start e.g. `/export const queries\b[^=]*=\s*\[/`.
 * @param {string} where What to name in errors, e.g. `queries in tests/searchQueries.ts`.
 * @returns {unknown}
 */
export function evaluateLiteral(source, start, where) {
	const found = start.exec(source);
	if (!found) throw new Error(`Cannot find ${where} (looked for ${start}).`);
	const open = found.index + found[0].length - 1;
	const end = matchingBracket(source, open);
	if (end < 0) throw new Error(`${where} has unbalanced brackets.`);
	return new Function(`return (${source.slice(open, end + 1)});`)();
}
