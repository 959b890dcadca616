// @ts-check
/**
 * Serves the built site in `dist/` the way a static host does, with sirv: `/path/` → `/path/index.html`,
 * `/path` → a 301 to `/path/` when that is a folder, unknown paths → `404.html` with status 404,
 * everything under the base path (BASE_PATH), and the caching headers of a host such as Netlify:
 * Astro's content-hashed files under `_astro/` are immutable, every other file is revalidated against
 * its ETag. Used by the browser tests and benchmarks, which must not collide with a reader's running
 * `npm start` (Astro allows one `astro preview` per project).
 * Usage: node scripts/serve-dist.mjs [--port 4391] [--dir dist] [--extra /url/path=file …]
 * `--extra` serves a file from outside the build at a path of its own (the browser tests' copy of
 * axe-core, which the browser then caches and compiles once instead of once per page).
 */
import { createReadStream, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: '4391' },
		dir: { type: 'string', default: 'dist' },
		extra: { type: 'string', multiple: true, default: [] },
	},
});
const root = resolve(values.dir);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** @type {import('sirv').Options} */
const options = {
	// Looked up on disk at each request, as a host serves whatever build is there now.
	dev: true,
	etag: true,
	extensions: ['html'],
	// The same rule for any build, the plain Starlight baseline of the benchmarks included, which has no `_headers`.
	setHeaders: (response, pathname) =>
		response.setHeader(
			'cache-control',
			pathname.startsWith('/_astro/')
				? 'public, max-age=31536000, immutable'
				: 'public, max-age=0, must-revalidate',
		),
};
const site = sirv(root, options);

/** Files served from outside the build, by URL path: each file's folder served by sirv, and its name there. */
const extras = new Map(
	values.extra.map((pair) => {
		// Split at the first "=" only: a file's path may contain one.
		const [urlPath, file] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
		if (!pair.includes('=') || !urlPath.startsWith('/') || !file || !existsSync(file))
			throw new Error(`--extra ${pair}: write /url/path=file, with a file that exists.`);
		return [urlPath, { serve: sirv(dirname(resolve(file)), options), name: `/${basename(file)}` }];
	}),
);

/**
 * Whether a URL path (ending in `/`) is a folder of the build with an `index.html`.
 * @param {string} pathname
 */
function isFolder(pathname) {
	if (!pathname.startsWith(base)) return false;
	try {
		// decodeURI, as sirv decodes, leaves an encoded "/" encoded, so the path stays inside the build.
		return existsSync(join(root, decodeURI(pathname.slice(base.length)), 'index.html'));
	} catch {
		return false;
	}
}

/**
 * Sends the build's `404.html` with status 404.
 * @param {import('node:http').ServerResponse} response
 */
function notFound(response) {
	response.writeHead(404, {
		'content-type': 'text/html; charset=utf-8',
		'cache-control': 'no-store',
	});
	createReadStream(join(root, '404.html'))
		.on('error', () => response.end())
		.pipe(response);
}

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	const extra = extras.get(url.pathname);
	if (extra) {
		request.url = extra.name;
		extra.serve(request, response, () => notFound(response));
		return;
	}
	// A folder without its trailing slash redirects, as static hosts do (sirv would serve its index.html at the wrong address).
	if (!url.pathname.endsWith('/') && !extname(url.pathname) && isFolder(`${url.pathname}/`)) {
		response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
		return;
	}
	if (!url.pathname.startsWith(base)) {
		notFound(response);
		return;
	}
	request.url = url.pathname.slice(base.length - 1) + url.search;
	site(request, response, () => notFound(response));
});

server.listen(Number(values.port), '127.0.0.1', () => {
	console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => server.close(() => process.exit(0)));
