/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config gives tests the same `~/` alias and module resolution as the build.
export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
	},
});
