import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** The newest commit date (ms) of every file under a folder, by absolute path, per folder read. */
const histories = new Map<string, Map<string, number>>();

/**
 * The newest commit date of every committed file under `cwd`, from one `git log` over its history
 * (one process for the whole build rather than one per file, which at a hundred roles cost seconds).
 * Empty when git cannot say (no git, or not a repository).
 */
function commitDates(cwd: string): Map<string, number> {
	const known = histories.get(cwd);
	if (known) return known;
	const dates = new Map<string, number>();
	histories.set(cwd, dates);
	const git = (args: string[]) =>
		execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
			cwd,
			encoding: 'utf8',
			maxBuffer: 512 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
	try {
		const root = git(['rev-parse', '--show-toplevel']).trim();
		let date = 0;
		for (const line of git(['log', '--format=t:%ct', '--name-only', '--', '.']).split('\n')) {
			if (line.startsWith('t:')) date = Number(line.slice(2)) * 1000;
			else if (line) {
				const file = resolve(root, line);
				dates.set(file, Math.max(dates.get(file) ?? 0, date));
			}
		}
	} catch {
		// No git here: no dates, and the pages keep Starlight's own.
	}
	return dates;
}

/**
 * The date of the newest commit that touched any of the files (paths relative to `cwd`), or
 * `undefined` when git cannot say (no git, or files not committed yet).
 */
export function newestCommitDate(files: readonly string[], cwd = process.cwd()): Date | undefined {
	const dates = commitDates(cwd);
	const known = files.flatMap((file) => dates.get(resolve(cwd, file)) ?? []);
	return known.length > 0 ? new Date(Math.max(...known)) : undefined;
}
