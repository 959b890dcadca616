import { describe, expect, test } from 'vitest';
import { browserPlaces, findBrowser, findJava, javaMajor } from '../../scripts/check-tools.mjs';

/** A machine with exactly these files. */
const machine = (
	platform: NodeJS.Platform,
	files: string[],
	env: Record<string, string | undefined> = {},
	playwright?: string,
) => ({
	env,
	platform,
	exists: (file: string) => files.includes(file),
	playwrightBrowser: () => playwright,
});
const debian = ['/usr/bin/apt-get'];

describe('findBrowser', () => {
	test("Debian's Chromium", () => {
		expect(findBrowser(machine('linux', [...debian, '/usr/bin/chromium']))).toEqual({
			found: true,
			path: '/usr/bin/chromium',
			what: '/usr/bin/chromium',
		});
	});

	test('CHROMIUM_PATH comes first, and a wrong one stops with its value rather than trying elsewhere', () => {
		const files = [...debian, '/usr/bin/chromium', '/opt/chrome/chrome'];
		expect(
			findBrowser(machine('linux', files, { CHROMIUM_PATH: '/opt/chrome/chrome' })),
		).toMatchObject({ found: true, path: '/opt/chrome/chrome' });
		expect(findBrowser(machine('linux', files, { CHROMIUM_PATH: '/nonexistent' }))).toEqual({
			found: false,
			message:
				'No browser for the browser tests: CHROMIUM_PATH is /nonexistent, which is not a file. Set it to a Chrome or Chromium, or unset it and install one: sudo apt-get install chromium',
		});
	});

	test('Google Chrome or Chromium on macOS, in /Applications or ~/Applications', () => {
		const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
		expect(findBrowser(machine('darwin', [chrome]))).toMatchObject({ found: true, path: chrome });
		const mine = '/Users/ada/Applications/Chromium.app/Contents/MacOS/Chromium';
		expect(findBrowser(machine('darwin', [mine], { HOME: '/Users/ada' }))).toMatchObject({
			found: true,
			path: mine,
		});
	});

	test('Chrome under Program Files, or Edge, on Windows', () => {
		const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
		expect(
			findBrowser(machine('win32', [chrome], { PROGRAMFILES: 'C:\\Program Files' })),
		).toMatchObject({ found: true, path: chrome });
		expect(browserPlaces({ LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' }, 'win32')).toContain(
			'C:\\Users\\ada\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
		);
		expect(browserPlaces({}, 'win32')).toContain(
			'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
		);
	});

	test("Playwright's own download when nothing else is installed; Playwright then finds it itself", () => {
		const own = '/home/ada/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';
		expect(findBrowser(machine('linux', [own], {}, own))).toEqual({
			found: true,
			path: undefined,
			what: `Playwright's Chromium ${own}`,
		});
		// Where Playwright would put it, but it has not been downloaded.
		expect(findBrowser(machine('linux', [], {}, own)).found).toBe(false);
	});

	test('none: one line with the command that installs one here', () => {
		expect(findBrowser(machine('linux', debian))).toEqual({
			found: false,
			message:
				'No Chrome or Chromium found for the browser tests. Install one with: sudo apt-get install chromium   (or set CHROMIUM_PATH to a Chrome or Chromium)',
		});
		expect(findBrowser(machine('darwin', []))).toMatchObject({
			message: expect.stringContaining('Install one with: npx playwright install chromium'),
		});
		expect(findBrowser(machine('linux', []))).toMatchObject({
			message: expect.stringContaining('npx playwright install chromium'),
		});
	});

	test('CHECK_TOOLS_ONLY_ENV looks at CHROMIUM_PATH only, as on a machine with no browser', () => {
		expect(
			findBrowser(machine('linux', [...debian, '/usr/bin/chromium'], { CHECK_TOOLS_ONLY_ENV: '1' }))
				.found,
		).toBe(false);
		expect(
			findBrowser(
				machine('linux', ['/opt/c'], { CHECK_TOOLS_ONLY_ENV: '1', CHROMIUM_PATH: '/opt/c' }),
			).found,
		).toBe(true);
	});
});

describe('findJava', () => {
	const java17 =
		'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)';
	const withJava = (
		platform: NodeJS.Platform,
		files: string[],
		env: Record<string, string | undefined>,
		output: string | null = java17,
	) => ({
		...machine(platform, files, env),
		version: () => output ?? undefined,
	});

	test('reads the major version, old style too', () => {
		expect(javaMajor(java17)).toBe(17);
		expect(javaMajor('java version "1.8.0_392"')).toBe(8);
		expect(javaMajor('openjdk version "21" 2023-09-19')).toBe(21);
		expect(
			javaMajor('The operation couldn’t be completed. Unable to locate a Java Runtime.'),
		).toBeUndefined();
	});

	test('JAVA_HOME first, then the PATH', () => {
		const files = ['/usr/bin/java', '/opt/jdk/bin/java'];
		expect(
			findJava(
				withJava('linux', files, { PATH: '/usr/local/bin:/usr/bin', JAVA_HOME: '/opt/jdk' }),
			),
		).toEqual({ found: true, path: '/opt/jdk/bin/java', what: 'Java 17 /opt/jdk/bin/java' });
		expect(findJava(withJava('linux', files, { PATH: '/usr/local/bin:/usr/bin' }))).toMatchObject({
			found: true,
			path: '/usr/bin/java',
		});
		expect(
			findJava(withJava('win32', ['C:\\jdk\\bin\\java.exe'], { Path: 'C:\\Windows;C:\\jdk\\bin' })),
		).toMatchObject({ found: true, path: 'C:\\jdk\\bin\\java.exe' });
	});

	test('none, one that does not run, or one too old: one line with the command that installs it', () => {
		expect(findJava(withJava('linux', debian, { PATH: '/usr/bin' }))).toEqual({
			found: false,
			message:
				'No Java for the HTML check (the W3C Nu checker needs Java 11 or newer). Install it with: sudo apt-get install default-jre-headless',
		});
		// macOS's /usr/bin/java only says that no Java is installed (null: it does not run).
		expect(findJava(withJava('darwin', ['/usr/bin/java'], { PATH: '/usr/bin' }, null))).toEqual({
			found: false,
			message:
				'/usr/bin/java does not run, and the HTML check needs Java 11 or newer. Install it with: a Java 11 or newer JRE from https://adoptium.net/',
		});
		expect(
			findJava(
				withJava(
					'darwin',
					['/usr/bin/java', '/opt/homebrew/bin/brew'],
					{ PATH: '/usr/bin' },
					'java version "1.8.0_392"',
				),
			),
		).toEqual({
			found: false,
			message:
				'/usr/bin/java is Java 8; the HTML check needs Java 11 or newer. Install it with: brew install openjdk',
		});
	});
});
