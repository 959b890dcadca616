import type { Source } from '~/schemas/source';
import type { Guide, Role } from './guideModel';

/**
 * What follows a source's title when it is cited: the publisher and date of a published document, or
 * a plain statement of what unpublished material is. @example sourceDetails(bls) // "US Bureau of Labor Statistics, 2025-08-28"
 * @param asOf The date the cited figure refers to, when it differs from the source's own.
 */
export function sourceDetails(source: Source, asOf?: string): string {
	if (source.kind === 'unpublished') return `${source.description ?? 'unpublished material'}${asOf ? `; figure of ${asOf}` : ''}`;
	return [source.publisher, asOf ?? source.date].filter(Boolean).join(', ');
}

/** Who draws on a source: the roles that list it, and how many market figures cite it. */
export function sourceUsers(guide: Guide, sourceId: string): { roles: Role[]; figures: number } {
	return { roles: guide.roles.filter((r) => r.sources.includes(sourceId)), figures: guide.figures.filter((f) => f.source === sourceId).length };
}
