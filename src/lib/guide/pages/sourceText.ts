import type { Source } from '~/schemas/source';
import type { Guide, Role } from '../guideModel';

/**
 * What follows a source's title when it is cited: the publisher and date of a published document, or
 * a plain statement of what unpublished material is, then the date of the data when it differs.
 * @example sourceDetails(bls) // "US Bureau of Labor Statistics, 2025-08-28"
 * @example sourceDetails(economicsDaily, '2022') // "US Bureau of Labor Statistics, 2024-03-14; data of 2022"
 * @param asOf The date the cited figure refers to, when it differs from the source's own.
 */
export function sourceDetails(source: Source, asOf?: string): string {
	const data = asOf && asOf !== source.date ? `; data of ${asOf}` : '';
	if (source.kind === 'unpublished')
		return `${source.description ?? 'unpublished material'}${data}`;
	return `${[source.publisher, source.date].filter(Boolean).join(', ')}${data}`;
}

/** Who draws on a source: the roles that list it, and how many market figures cite it. */
export function sourceUsers(guide: Guide, sourceId: string): { roles: Role[]; figures: number } {
	return {
		roles: guide.roles.filter((r) => r.sources.includes(sourceId)),
		figures: guide.figures.filter((f) => f.source === sourceId).length,
	};
}
