/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config gives tests the same `~/` alias and module resolution as the build.
export default getViteConfig({
	test: {
		environment: 'node',
		// Worker threads, not child processes: the unit and content tests start in about a third less CPU time.
		pool: 'threads',
		// One module graph per worker, not per test file: the tests mock nothing and change no module's
		// state, and re-importing Astro, zod and the guide for each of some fifty files was most of their time.
		isolate: false,
		projects: [
			// Schemas and the pure functions in src/lib, on small fixtures (tests/fixtures/).
			{ extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// The real records and lessons under content/: integrity, roadmaps, transitions, cards.
			{ extends: true, test: { name: 'content', include: ['tests/content/**/*.test.ts'] } },
			// The benchmark scripts under scripts/bench/: their parsers, measurements and synthetic content.
			{ extends: true, test: { name: 'bench', include: ['tests/bench/**/*.test.ts'] } },
			// Slower: builds a temporary copy of the site to check that data flows to every page.
			{
				extends: true,
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					pool: 'forks',
					testTimeout: 180_000,
					hookTimeout: 180_000,
				},
			},
		],
	},
});
