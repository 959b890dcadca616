/**
 * A rehype plugin that prefixes the site's base path to root-relative links written in Markdown
 * (`[ML Engineer](/roles/ml-engineer/)`), so lessons work when the site is served from a sub-folder.
 * Links built in components use `withBase` from `src/lib/browser/paths.ts` instead.
 */
interface HastNode {
	type: string;
	tagName?: string;
	properties?: Record<string, unknown>;
	children?: HastNode[];
}

/** Prefixes `base` to every `<a href="/…">` in the tree (not protocol-relative `//…` links). */
export function prefixBase(tree: HastNode, base: string): void {
	const prefix = base.replace(/\/$/, '');
	if (!prefix) return;
	const visit = (node: HastNode) => {
		const href = node.properties?.['href'];
		if (
			node.tagName === 'a' &&
			typeof href === 'string' &&
			href.startsWith('/') &&
			!href.startsWith('//') &&
			!href.startsWith(`${prefix}/`)
		) {
			node.properties!['href'] = prefix + href;
		}
		node.children?.forEach(visit);
	};
	visit(tree);
}

/** The plugin: `rehypePlugins: [[rehypeBaseLinks, { base }]]`. */
export default function rehypeBaseLinks(options: { base: string }) {
	return (tree: HastNode) => prefixBase(tree, options.base);
}
