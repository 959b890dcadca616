import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { pagefindConfigModule } from '../../src/integrations/starlightPatches';

/**
 * The installed Starlight still looks as each patch in src/integrations/starlightPatches.ts expects.
 * When one of these fails after an upgrade, the patch it names needs updating (or can go).
 */
const search = readFileSync(
	createRequire(import.meta.url).resolve('@astrojs/starlight/components/Search.astro'),
	'utf8',
);

describe("Starlight's search component, as the patches expect it", () => {
	test('patch 1 (guide-pagefind-config): it takes its Pagefind options from the virtual module the guide replaces', () => {
		expect(
			search,
			`Starlight's Search.astro no longer imports ${pagefindConfigModule}: the guide's query reading would be lost.`,
		).toContain(`from '${pagefindConfigModule}'`);
	});

	test("patch 2 (guide-lazy-pagefind-styles): its global styles begin with Pagefind's UI stylesheet", () => {
		const global = /<style is:global>\s*([^\n]*)/.exec(search)?.[1];
		expect(
			global,
			"Starlight's Search.astro no longer opens its global styles with Pagefind's UI stylesheet.",
		).toBe("@import url('@pagefind/default-ui/css/ui.css') layer(starlight.core);");
	});

	test('patch 3 (the search button override): the button has the aria-label, the visible label and the key hint the override rewrites', () => {
		expect(search).toMatch(/<button\s+data-open-modal[\s\S]*?aria-label=/);
		expect(search).toContain('<span class="sl-hidden md:sl-block" aria-hidden="true">');
		expect(search).toContain('<kbd class="sl-hidden md:sl-flex"');
	});
});
