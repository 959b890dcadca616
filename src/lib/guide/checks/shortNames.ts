import { repeats } from '~/util/repeats';
import { slugify } from '~/util/slugify';
import type { Problem } from '../../ingest/guideError';
import type { GuideInput } from '../../ingest/guideInput';

/** A word that leads to a role: its id, its name's slug, or one of its short names (with where it is written). */
interface Claim {
	role: string;
	key: string;
	shortName?: { name: string; field: string; file: string };
}

/** Short names become redirects and search terms, so each must lead to exactly one role. */
export function shortNameProblems(input: GuideInput): Problem[] {
	// A role's id and its name both lead to it (its page, and the redirect from its name's address).
	const owners = new Map<unknown, Claim>(
		input.roles.flatMap((r) =>
			[r.id, slugify(r.data.name)].map((key) => [key, { role: r.id, key }] as const),
		),
	);
	const shortNames = input.roles.flatMap((r) =>
		r.data.shortNames.map((name, i): Claim => ({
			role: r.id,
			key: slugify(name),
			shortName: { name, field: `shortNames[${i}]`, file: r.file },
		})),
	);
	return repeats(shortNames, (c) => c.key, owners).flatMap(({ item, first }) =>
		first.role === item.role || !item.shortName
			? []
			: [
					{
						file: item.shortName.file,
						field: item.shortName.field,
						value: item.shortName.name,
						message: `also names role "${first.role}"`,
						fix: 'Each short name must lead to one role: remove it from one of them.',
					},
				],
	);
}
