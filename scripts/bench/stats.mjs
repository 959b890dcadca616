// @ts-check
/** Summary statistics of a list of timings. */

/**
 * The p-th percentile by the nearest-rank method: the smallest value such that at least p% of the
 * values are less than or equal to it (so p95 of 20 values is the 19th smallest). No interpolation:
 * every reported figure is a time that was actually measured.
 * @param {readonly number[]} values
 * @param {number} p Percentile, 0 < p ≤ 100.
 * @returns {number} NaN for an empty list.
 */
export function percentile(values, p) {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[Math.min(rank, sorted.length) - 1] ?? Number.NaN;
}

/**
 * The median: the middle value, or the mean of the two middle values of an even-sized list.
 * @param {readonly number[]} values
 * @returns {number} NaN for an empty list.
 */
export function median(values) {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1
		? (sorted[mid] ?? Number.NaN)
		: ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Count, median, p95, min and max of a list, rounded to 0.1 (ms).
 * @param {readonly number[]} values
 * @returns {{ n: number, median: number, p95: number, min: number, max: number }}
 */
export function summarise(values) {
	/** @param {number} x */
	const round = (x) => Math.round(x * 10) / 10;
	return {
		n: values.length,
		median: round(median(values)),
		p95: round(percentile(values, 95)),
		min: round(values.length ? Math.min(...values) : Number.NaN),
		max: round(values.length ? Math.max(...values) : Number.NaN),
	};
}
