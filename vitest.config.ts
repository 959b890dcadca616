/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config gives tests the same `~/` alias and module resolution as the build.
export default getViteConfig({
	test: {
		environment: 'node',
		projects: [
			// Fast: schemas, data integrity of the real content, and the pure functions in src/lib.
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// Slower: builds a temporary copy of the site to check that data flows to every page.
			{ extends: true, test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 } },
		],
	},
});
