import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { addInlineScriptHashes } from '~/lib/cspHashes';

const sha = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const page = (policy: string, body: string) => `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;

describe('addInlineScriptHashes', () => {
	test('adds the hash of each inline executable script missing from script-src, once', () => {
		const theme = 'document.documentElement.dataset.theme = "dark";';
		const html = page("default-src 'self'; script-src 'self' 'sha256-known=';", `<script>${theme}</script><script>${theme}</script><script type="module" src="/a.js"></script>`);
		const policy = /content="([^"]*)"/.exec(addInlineScriptHashes(html))![1]!;
		expect(policy).toBe(`default-src 'self'; script-src 'self' 'sha256-known=' ${sha(theme)};`);
	});

	test('leaves data islands, JSON-LD and already-hashed scripts alone', () => {
		const body = '<script type="application/json">{"a":1}</script><script type="application/ld+json">{}</script>';
		const html = page(`script-src 'self' ${sha('x()')};`, `${body}<script>x()</script>`);
		expect(addInlineScriptHashes(html)).toBe(html);
	});

	test('leaves a page without a CSP meta unchanged', () => {
		expect(addInlineScriptHashes('<script>x()</script>')).toBe('<script>x()</script>');
	});
});
