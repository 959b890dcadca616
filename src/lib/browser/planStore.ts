/**
 * The reader's plan settings, kept in the browser beside their ticks: where they start from and how
 * many hours a week they have. Nothing is sent anywhere. Plain functions over a Storage.
 */
import type { ProgressStorage } from './progressStore';

/** The weekly hours a plan starts from, and those the table offers without JavaScript. Here rather than in `plan`, so that the roadmap's script can read settings without the plan's maths. */
export const planHoursPerWeek = { initial: 10, table: [5, 10, 20], min: 1, max: 60 } as const;

/** The localStorage key. */
export const planKey = 'ai-roles-guide:plan';

/** What is kept. */
export interface PlanSettings {
	/** A starting point's id (a core role or a background), or none. */
	from?: string | undefined;
	/** Hours a week, within `planHoursPerWeek`. */
	hoursPerWeek: number;
}

/** The weekly hours asked for, as a whole number within the allowed range; anything else gives the initial pace. */
export function validHours(value: unknown): number {
	const n = typeof value === 'string' ? Number(value) : value;
	return typeof n === 'number' &&
		Number.isInteger(n) &&
		n >= planHoursPerWeek.min &&
		n <= planHoursPerWeek.max
		? n
		: planHoursPerWeek.initial;
}

/** Reads the settings; missing, blocked or unreadable storage gives the defaults. */
export function readPlan(storage: ProgressStorage | undefined): PlanSettings {
	try {
		const value = JSON.parse(storage?.getItem(planKey) ?? 'null') as {
			version?: number;
			from?: unknown;
			hoursPerWeek?: unknown;
		} | null;
		if (value?.version === 1)
			return {
				from:
					typeof value.from === 'string' && /^[a-z0-9-]+$/.test(value.from)
						? value.from
						: undefined,
				hoursPerWeek: validHours(value.hoursPerWeek),
			};
	} catch {
		// Falls through to the defaults.
	}
	return { hoursPerWeek: planHoursPerWeek.initial };
}

/** Saves the settings; a full or blocked storage is ignored. */
export function writePlan(storage: ProgressStorage | undefined, plan: PlanSettings): void {
	try {
		storage?.setItem(
			planKey,
			JSON.stringify({
				version: 1,
				from: plan.from || undefined,
				hoursPerWeek: validHours(plan.hoursPerWeek),
			}),
		);
	} catch {
		// Progress is a convenience, never a requirement.
	}
}
