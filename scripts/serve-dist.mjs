// @ts-check
/**
 * Serves the built site in `dist/` the way a static host does: `/path/` → `/path/index.html`,
 * unknown paths → `404.html` with status 404, and everything under the base path (BASE_PATH).
 * Used by the browser tests and benchmarks, which must not collide with a reader's running
 * `npm start` (Astro allows one `astro preview` per project).
 * Usage: node scripts/serve-dist.mjs [--port 4391] [--dir dist]
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4391' }, dir: { type: 'string', default: 'dist' } } });
const root = resolve(values.dir);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
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

const server = createServer((request, response) => {
	const url = new URL(request.url ?? '/', 'http://localhost');
	// A directory without its trailing slash redirects, as static hosts do.
	if (!url.pathname.endsWith('/') && !extname(url.pathname) && fileFor(`${url.pathname}/`)) {
		response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
		return;
	}
	const file = fileFor(url.pathname);
	const status = file ? 200 : 404;
	const body = file ?? join(root, '404.html');
	response.writeHead(status, { 'content-type': types[/** @type {keyof typeof types} */ (extname(body))] ?? 'application/octet-stream' });
	createReadStream(body).pipe(response);
});

server.listen(Number(values.port), '127.0.0.1', () => {
	console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
