import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { fitCspToPage } from '~/lib/build/cspHashes';

const sha = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const page = (policy: string, body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

describe('fitCspToPage', () => {
	test('lists exactly the inline scripts and styles on the page, keeping the other sources', () => {
		const theme = 'document.documentElement.dataset.theme = "dark";';
		const css = '.x{color:red}';
		const html = page(
			`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-elsewhere='; style-src 'self' 'sha256-otherpage='; style-src-attr 'unsafe-inline';`,
			`<script>${theme}</script><script>${theme}</script><script type="module" src="/a.js"></script><style>${css}</style>`,
		);
		expect(policyOf(fitCspToPage(html))).toBe(
			`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${sha(theme)}; style-src 'self' ${sha(css)}; style-src-attr 'unsafe-inline';`,
		);
	});

	test('data islands and JSON-LD are not scripts to allow', () => {
		const html = page(
			"script-src 'self';",
			'<script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script>',
		);
		expect(policyOf(fitCspToPage(html))).toBe("script-src 'self';");
	});

	test('adds a script-src when the policy has none and the page needs one', () => {
		expect(policyOf(fitCspToPage(page("default-src 'self'", '<script>x()</script>')))).toBe(
			`default-src 'self'; script-src 'self' ${sha('x()')};`,
		);
	});

	test('leaves a page without a CSP meta unchanged', () => {
		expect(fitCspToPage('<script>x()</script>')).toBe('<script>x()</script>');
	});
});
