// @ts-check
/**
 * Serves the built site in `dist/` the way a static host does: `/path/` → `/path/index.html`,
 * unknown paths → `404.html` with status 404, everything under the base path (BASE_PATH), and
 * the caching headers of a host such as Netlify: Astro's content-hashed files under `_astro/` are
 * immutable, every other file is revalidated against its ETag. Used by the browser tests and
 * benchmarks, which must not collide with a reader's running `npm start` (Astro allows one
 * `astro preview` per project).
 * Usage: node scripts/serve-dist.mjs [--port 4391] [--dir dist] [--extra /url/path=file …]
 * `--extra` serves a file from outside the build at a path of its own (the browser tests' copy of
 * axe-core, which the browser then caches and compiles once instead of once per page).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
	options: { port: { type: 'string', default: '4391' }, dir: { type: 'string', default: 'dist' }, extra: { type: 'string', multiple: true, default: [] } },
});
const root = resolve(values.dir);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
/** Files served from outside the build, by URL path. */
const extras = new Map(
	values.extra.map((pair) => {
		// Split at the first "=" only: a file's path may contain one.
		const [urlPath, file] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
		if (!pair.includes('=') || !urlPath.startsWith('/') || !file || !existsSync(file)) throw new Error(`--extra ${pair}: write /url/path=file, with a file that exists.`);
		return [urlPath, resolve(file)];
	}),
);
const types = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
};

/**
 * The file a URL path maps to, or undefined.
 * @param {string} pathname
 */
function fileFor(pathname) {
	if (!pathname.startsWith(base)) return undefined;
	const relative = normalize(decodeURIComponent(pathname.slice(base.length))).replace(/^(\.\.[/\\])+/, '');
	const path = join(root, relative);
	if (!path.startsWith(root)) return undefined;
	if (existsSync(path) && statSync(path).isFile()) return path;
	const index = join(path, 'index.html');
	return existsSync(index) ? index : undefined;
}

/**
 * The caching headers for a file: content-hashed build output never changes under its name;
 * anything else may change with the next build, so the browser asks again with its ETag.
 * @param {string} file
 * @param {import('node:fs').Stats} stats
 */
function cachingHeaders(file, stats) {
	const etag = `"${stats.size.toString(36)}-${Math.trunc(stats.mtimeMs).toString(36)}"`;
	const hashed = file.startsWith(join(root, '_astro') + sep);
	return { etag, 'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate' };
}

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	// A directory without its trailing slash redirects, as static hosts do.
	if (!url.pathname.endsWith('/') && !extname(url.pathname) && fileFor(`${url.pathname}/`)) {
		response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
		return;
	}
	const file = extras.get(url.pathname) ?? fileFor(url.pathname);
	const status = file ? 200 : 404;
	const body = file ?? join(root, '404.html');
	const caching = file ? cachingHeaders(file, statSync(file)) : { 'cache-control': 'no-store' };
	if ('etag' in caching && request.headers['if-none-match'] === caching.etag) {
		response.writeHead(304, caching).end();
		return;
	}
	response.writeHead(status, { 'content-type': types[/** @type {keyof typeof types} */ (extname(body))] ?? 'application/octet-stream', ...caching });
	createReadStream(body).pipe(response);
});

server.listen(Number(values.port), '127.0.0.1', () => {
	console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
