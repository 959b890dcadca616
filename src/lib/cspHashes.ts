import { createHash } from 'node:crypto';

/** Script types a browser executes (and so CSP governs); JSON data islands and JSON-LD are not among them. */
const executable = (attrs: string) => {
	const type = /\stype="([^"]*)"/.exec(attrs)?.[1]?.toLowerCase();
	return type === undefined || type === '' || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
};

/**
 * Adds the SHA-256 of every inline executable script in a page to the `script-src` of the page's own
 * CSP `<meta>`, when it is not there yet. Astro hashes the scripts it bundles but not `is:inline` ones
 * (such as Starlight's theme script), which a strict policy would otherwise block.
 * Returns the page unchanged when it has no CSP meta.
 */
export function addInlineScriptHashes(html: string): string {
	const meta = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i.exec(html);
	if (!meta) return html;
	const hashes = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter(([, attrs]) => !/\ssrc=/.test(attrs!) && executable(attrs!))
		.map(([, , body]) => `'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
	const policy = meta[2]!;
	const missing = [...new Set(hashes)].filter((h) => !policy.includes(h));
	if (missing.length === 0) return html;
	const updated = /script-src [^;]*/.test(policy)
		? policy.replace(/script-src [^;]*/, (directive) => `${directive} ${missing.join(' ')}`)
		: `${policy}; script-src 'self' ${missing.join(' ')}`;
	return html.slice(0, meta.index) + meta[1] + updated + meta[3] + html.slice(meta.index + meta[0].length);
}
