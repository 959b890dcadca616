// @ts-check
/** Serves a build with the project's static server (`scripts/serve-dist.mjs`) as a child process. */
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { join } from 'node:path';
import { projectRoot } from './projectCopy.mjs';

/**
 * Whether something accepts TCP connections on 127.0.0.1:port.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
export function isListening(port) {
	return new Promise((resolve) => {
		const socket = connect({ host: '127.0.0.1', port });
		socket.once('connect', () => {
			socket.destroy();
			resolve(true);
		});
		socket.once('error', () => resolve(false));
	});
}

/** Servers started by this process and not yet stopped. @type {Set<import('node:child_process').ChildProcess>} */
const servers = new Set();

/**
 * Kills every server this process started (on Ctrl-C).
 * @returns {void}
 */
export function killServers() {
	for (const child of servers) child.kill('SIGKILL');
}

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A running static server.
 * @typedef {object} StaticServer
 * @property {string} origin e.g. `http://127.0.0.1:4396`
 * @property {() => Promise<void>} stop Stops the server and waits until the port is free.
 */

/**
 * Starts `node scripts/serve-dist.mjs --port <port> --dir <dir>` and waits until it accepts
 * connections. Fails if the port is already taken, rather than measuring someone else's server.
 * @param {string} dir The build directory to serve.
 * @param {number} port
 * @returns {Promise<StaticServer>}
 */
export async function startStaticServer(dir, port) {
	if (await isListening(port))
		throw new Error(
			`Port ${port} is already in use; stop what listens there or choose another with --port.`,
		);
	const child = spawn(
		process.execPath,
		[join(projectRoot, 'scripts/serve-dist.mjs'), '--port', String(port), '--dir', dir],
		{ stdio: ['ignore', 'pipe', 'pipe'] },
	);
	let output = '';
	child.stdout?.on('data', (chunk) => (output += chunk));
	child.stderr?.on('data', (chunk) => (output += chunk));
	servers.add(child);
	const exited = new Promise((resolve) => child.once('exit', resolve));
	child.once('exit', () => servers.delete(child));
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) {
			child.kill('SIGTERM');
			const stopped = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
			if (!stopped) {
				child.kill('SIGKILL');
				await exited;
			}
		}
		for (let i = 0; i < 50 && (await isListening(port)); i++) await sleep(100);
		if (await isListening(port))
			throw new Error(`Something still listens on port ${port} after the server stopped.`);
	};
	for (let i = 0; i < 100; i++) {
		if (child.exitCode !== null)
			throw new Error(`The static server exited (code ${child.exitCode}): ${output.trim()}`);
		if (await isListening(port)) return { origin: `http://127.0.0.1:${port}`, stop };
		await sleep(100);
	}
	await stop();
	throw new Error(
		`The static server did not start listening on port ${port} within 10 s: ${output.trim()}`,
	);
}
