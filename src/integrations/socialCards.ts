import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeBuildCards } from '../lib/build/socialCardImage';

/**
 * After the pages are built: copies the social cards that `src/pages/social/[...card].png.ts` started
 * drawing into the output, at the addresses the pages' `og:image` tags name.
 */
export function socialCards(): AstroIntegration {
	return {
		name: 'guide:social-cards',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const count = await writeBuildCards(fileURLToPath(dir));
				logger.info(`${count} social cards written.`);
			},
		},
	};
}
