/**
 * A personal plan: hours left turned into weeks, months and a finish date at so many hours a week.
 * Pure and dependency-free but for the hour ranges and the allowed pace, shared by the roadmap page
 * (a table for readers without JavaScript) and its script (a date that moves as the reader ticks),
 * which loads it after start-up.
 */
import { type HourRange, grouped } from './hours';
import { planHoursPerWeek } from './planStore';

/** Weeks in a month, on average, for turning weeks into months. */
const weeksPerMonth = 52 / 12;

/** Whole weeks to work through a range of hours at so many hours a week, low and high. @example weeksFor([95, 240], 10) // [10, 24] */
export function weeksFor([low, high]: HourRange, hoursPerWeek: number): HourRange {
	const perWeek = Math.max(planHoursPerWeek.min, hoursPerWeek);
	return [Math.ceil(low / perWeek), Math.ceil(high / perWeek)];
}

/** A range of weeks as it reads, with months once it passes two months. @example durationText([10, 24]) // "10–24 weeks (about 3–6 months)" */
export function durationText([low, high]: HourRange): string {
	const weeks =
		low === high
			? `${grouped(low)} ${low === 1 ? 'week' : 'weeks'}`
			: `${grouped(low)}–${grouped(high)} weeks`;
	if (high < 9) return weeks;
	const months = [
		Math.max(1, Math.round(low / weeksPerMonth)),
		Math.max(1, Math.round(high / weeksPerMonth)),
	];
	return `${weeks} (about ${months[0] === months[1] ? months[0] : `${months[0]}–${months[1]}`} months)`;
}

const monthAndYear = new Intl.DateTimeFormat('en-GB', {
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC',
});

/** The month and year a number of weeks after a day falls in, as it reads. @example monthAfter(new Date('2026-12-05'), 10) // "February 2027" */
export function monthAfter(start: Date, weeks: number): string {
	return monthAndYear.format(new Date(start.getTime() + weeks * 7 * 24 * 60 * 60 * 1000));
}

/**
 * The plan in two sentences: the must-haves and often-asked-fors first, then everything with the
 * nice-to-haves, each with weeks, months and the months it would end between.
 * @example planText([95, 240], [10, 20], 10, new Date('2026-12-05'))
 */
export function planText(
	required: HourRange,
	optional: HourRange,
	hoursPerWeek: number,
	today: Date,
): string {
	if (required[1] + optional[1] === 0) return 'Nothing is left to learn on this roadmap.';
	const part = (hours: HourRange) => {
		const weeks = weeksFor(hours, hoursPerWeek);
		const from = monthAfter(today, weeks[0]);
		const to = monthAfter(today, weeks[1]);
		return `${durationText(weeks)}, finishing ${from === to ? `in ${from}` : `between ${from} and ${to}`}`;
	};
	const lead = `At ${hoursPerWeek} ${hoursPerWeek === 1 ? 'hour' : 'hours'} a week`;
	const first =
		required[1] === 0
			? `${lead} the must-haves and often-asked-fors are done`
			: `${lead}, the must-haves and often-asked-fors take ${part(required)}`;
	if (optional[1] === 0) return `${first}.`;
	return `${first}. With the nice-to-haves too: ${part([required[0] + optional[0], required[1] + optional[1]])}.`;
}
