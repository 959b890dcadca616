import { defineConfig } from '@playwright/test';
import { chromiumArgs, findBrowser, thisMachine } from './scripts/check-tools.mjs';
import { axeScript } from './tests/e2e/axe';

/**
 * The port the built site is served on for the tests: its own, so a running `npm start` (4321)
 * does not get in the way; set TEST_PORT to run two checkouts' tests at once.
 */
const port = Number(process.env.TEST_PORT ?? 4391);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

// The same search as `npm test`'s first step (scripts/check-tools.mjs): CHROMIUM_PATH, an installed
// Chrome or Chromium, or Playwright's own download (then Playwright finds it itself).
const browser = findBrowser(thisMachine());
if (!browser.found) throw new Error(browser.message);

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? 'line' : 'list',
	use: {
		// One browser context per worker, reset between tests (cookies, cache, storage, pages, routes,
		// init scripts, viewport and emulation) instead of a new one per test: a new context with its
		// first page costs about four times the CPU of loading a page in one already open, and most
		// tests load one or two pages. The tests grant no permissions and change no geolocation,
		// offline mode or headers, which the reset leaves alone; a test with other context options
		// (no JavaScript) gets a context of its own. Playwright calls the option experimental and meant
		// for component tests; should a test ever need a pristine browser, give it `browser.newContext()`.
		reuseContext: true,
		baseURL: `http://127.0.0.1:${port}${base}`,
		launchOptions: {
			...(browser.path === undefined ? {} : { executablePath: browser.path }),
			// Every page is a new document, so V8's optimising compilers recompile axe (half a megabyte)
			// for each one and throw the work away a second later: without them the same checks use
			// about a fifth less CPU, on a machine whose two cores the tests keep busy.
			args: ['--js-flags=--no-opt,--no-maglev', ...chromiumArgs],
		},
	},
	webServer: {
		// Serves the build made by `astro build` just before the tests run, with a static host's
		// caching headers, and axe-core beside it. Not `astro preview`: Astro allows one preview per
		// project, so tests would fail while a reader runs `npm start`.
		command: `node scripts/serve-dist.mjs --port ${port} --extra "${axeScript.urlPath}=${axeScript.file}"`,
		url: `http://127.0.0.1:${port}${base}`,
		reuseExistingServer: false,
		timeout: 60_000,
		stdout: 'ignore',
	},
});
