/**
 * Items as a sentence lists them: "a", "a and b", "a, b and c" (or with "or").
 * @example listText(['Focus', 'Market']) // "Focus and Market"
 */
export function listText(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
	return items.length < 3
		? items.join(` ${conjunction} `)
		: `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}
