import type { StarlightRouteData } from '@astrojs/starlight/route-data';

/** One entry of a Starlight page's `<head>`. */
export type HeadEntry = StarlightRouteData['head'][number];

/** Sets a `<meta>` in the head, replacing one with the same name or property. */
export function setMeta(
	head: HeadEntry[],
	key: 'name' | 'property',
	value: string,
	content: string,
) {
	const existing = head.find((e) => e.tag === 'meta' && e.attrs?.[key] === value);
	if (existing) existing.attrs = { ...existing.attrs, content };
	else head.push({ tag: 'meta', attrs: { [key]: value, content } });
}

/** The role a page is about, from its frontmatter (`role:` in a role lesson). */
export function pageRole(route: StarlightRouteData): string | undefined {
	return (route.entry.data as { role?: string }).role;
}
