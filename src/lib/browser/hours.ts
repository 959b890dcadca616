/**
 * Hour ranges, the form of the guide's time estimates: adding them up and writing them in text.
 * Pure and dependency-free, shared by the build and the roadmap page's script (which needs nothing
 * else of the transition model).
 */

/** A range of hours, low to high. */
export type HourRange = readonly [number, number];

/** Adds hour ranges. @example sumHours([[10, 20], [5, 5]]) // [15, 25] */
export function sumHours(ranges: Iterable<HourRange>): HourRange {
	let low = 0;
	let high = 0;
	for (const [l, h] of ranges) {
		low += l;
		high += h;
	}
	return [low, high];
}

/** A whole number with a comma between thousands, as the guide writes figures. @example grouped(1823) // "1,823" */
export function grouped(n: number): string {
	return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** A range of hours as it reads in text. @example hoursText([1823, 4520]) // "1,823–4,520 hours" */
export function hoursText([low, high]: HourRange): string {
	return low === high
		? `${grouped(low)} ${low === 1 ? 'hour' : 'hours'}`
		: `${grouped(low)}–${grouped(high)} hours`;
}

/**
 * The range a text written by `hoursText` states, so that a page can say its hours once, as text,
 * and its script still add them up; undefined for any other text.
 * @example parseHoursText("40–90 hours") // [40, 90]
 */
export function parseHoursText(text: string): HourRange | undefined {
	const match = /^(\d{1,3}(?:,\d{3})*)(?:–(\d{1,3}(?:,\d{3})*))? hours?$/.exec(text.trim());
	if (!match?.[1]) return undefined;
	const low = Number(match[1].replaceAll(',', ''));
	return [low, match[2] === undefined ? low : Number(match[2].replaceAll(',', ''))];
}

/**
 * The roadmap's progress line: how many topics are ticked and the hours still to learn, the
 * must-haves and often-asked-fors apart from the nice-to-haves. The page writes it for a reader with
 * no ticks, so that the script's update of it moves nothing below.
 * @example progressText(2, 10, [40, 90], [10, 20], false) // "2 of 10 topics ticked. About 40–90 hours left for the must-haves and often-asked-fors, and 10–20 hours for the optional nice-to-haves, by the guide's estimates."
 */
export function progressText(
	ticked: number,
	topics: number,
	left: HourRange,
	optionalLeft: HourRange,
	fromStartingPoint: boolean,
): string {
	const lead = `${ticked} of ${topics} topics ticked. ${fromStartingPoint ? 'From your starting point, about' : 'About'} ${hoursText(left)} left for the must-haves and often-asked-fors`;
	return optionalLeft[1] === 0
		? `${lead}, by the guide's estimates.`
		: `${lead}, and ${hoursText(optionalLeft)} for the optional nice-to-haves, by the guide's estimates.`;
}
