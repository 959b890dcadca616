/**
 * Pay as every page reads it: a role's official stand-in figures and the surveys of the role itself,
 * which other roles share the same figure, and the one pay table that puts every role side by side.
 */
import type { Pay } from '~/schemas/pay';
import type { Guide, Role } from '../guideModel';

/** A role's pay: official figures for the occupations that stand in for it, and surveys of the role itself. */
export interface RolePay {
	role: Role;
	official: Pay[];
	survey: Pay[];
}

/** What one role's page shows on pay; both lists empty means no published figure. */
export function rolePay(guide: Guide, roleId: string): RolePay {
	const figures = guide.payOf(roleId);
	return {
		role: guide.role(roleId),
		official: figures.filter((p) => p.kind === 'official'),
		survey: figures.filter((p) => p.kind === 'survey'),
	};
}

/** Every role's pay, in the guide's role order: the rows of the pay table. */
export const payTable = (guide: Guide): RolePay[] =>
	guide.roles.map((role) => rolePay(guide, role.id));

/** The roles a figure is shown for, in the guide's role order. */
const rolesOf = (guide: Guide, pay: Pay): Role[] =>
	guide.roles.filter((r) => pay.roles.includes(r.id));

/** The other roles a figure is also shown for, in the guide's role order: the figure cannot tell them apart. */
export const sharedWith = (guide: Guide, pay: Pay, roleId: string): Role[] =>
	rolesOf(guide, pay).filter((r) => r.id !== roleId);

/** The figures that stand for more than one role, each with its roles: the pay table says so plainly. */
export function sharedFigures(guide: Guide): { pay: Pay; roles: Role[] }[] {
	return guide.pay
		.filter((p) => p.roles.length > 1)
		.map((pay) => ({ pay, roles: rolesOf(guide, pay) }));
}

/** How a figure reads in a sentence or a cell: the median, per year or per hour. @example "$133,080 a year" */
export const medianText = (pay: Pay): string =>
	`${pay.median} ${pay.per === 'year' ? 'a year' : 'an hour'}`;

/**
 * How a figure's occupation reads inside a sentence: an official occupation as a common noun, a
 * survey's job description quoted as the survey words it. @example "software developers", "\"AI/ML engineer\""
 */
export const occupationText = (pay: Pay): string =>
	pay.kind === 'official'
		? pay.occupation.charAt(0).toLowerCase() + pay.occupation.slice(1)
		: `"${pay.occupation}"`;

/** The month and year of a figure's data, as pages print it. @example "May 2024" */
export function monthYear(date: string): string {
	const [year, month] = date.split('-');
	return month
		? `${new Date(Date.UTC(Number(year), Number(month) - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${year}`
		: year!;
}

/** Where the pay table lives, for links from role pages. */
export const payTableAnchor = 'pay';
