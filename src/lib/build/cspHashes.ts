import { createHash } from 'node:crypto';

/** Script types a browser executes (and so CSP governs); JSON data islands and JSON-LD are not among them. */
const executable = (attrs: string) => {
	const type = /\stype="([^"]*)"/.exec(attrs)?.[1]?.toLowerCase();
	return (
		type === undefined ||
		type === '' ||
		type === 'module' ||
		type === 'text/javascript' ||
		type === 'application/javascript'
	);
};

// The same few inline scripts and styles recur on every page: hash each text once per build.
const hashes = new Map<string, string>();
const sha256 = (text: string) => {
	let hash = hashes.get(text);
	if (hash === undefined) {
		hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
		hashes.set(text, hash);
	}
	return hash;
};

/** Replaces the hashes of one directive (`script-src` or `style-src`) with exactly `hashes`, keeping its other sources. */
function setHashes(policy: string, directive: string, hashes: string[]): string {
	const pattern = new RegExp(`(^|;)\\s*${directive} ([^;]*)`);
	const match = pattern.exec(policy);
	if (!match)
		return hashes.length > 0
			? `${policy.replace(/;?\s*$/, ';')} ${directive} 'self' ${hashes.join(' ')};`
			: policy;
	const sources = match[2]!.split(/\s+/).filter((s) => s && !/^'sha(256|384|512)-/.test(s));
	return policy.replace(
		pattern,
		`${match[1]}${match[1] ? ' ' : ''}${directive} ${[...sources, ...hashes].join(' ')}`,
	);
}

/**
 * Fits a page's CSP `<meta>` to the page: `script-src` lists the SHA-256 of exactly the inline
 * executable scripts on the page, and `style-src` those of its inline `<style>` elements.
 * Astro's `security.csp` hashes the scripts it bundles but not `is:inline` ones (such as Starlight's
 * theme script), which a strict policy would block; and it lists the hashes of every page on every
 * page, which costs each page about a kilobyte it never uses.
 * Returns the page unchanged when it has no CSP meta.
 */
export function fitCspToPage(html: string): string {
	const meta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i.exec(html);
	if (!meta) return html;
	const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter(([, attrs]) => !/\ssrc=/.test(attrs!) && executable(attrs!))
		.map(([, , body]) => sha256(body!));
	const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) =>
		sha256(body!),
	);
	let policy = setHashes(meta[2]!, 'script-src', [...new Set(scripts)]);
	policy = setHashes(policy, 'style-src', [...new Set(styles)]);
	return (
		html.slice(0, meta.index) + meta[1] + policy + meta[3] + html.slice(meta.index + meta[0].length)
	);
}
