import { execFileSync } from 'node:child_process';

const cache = new Map<string, Date | undefined>();

/**
 * The date of the newest commit that touched any of the files, or `undefined` when git cannot say
 * (no git, or files not committed yet). Cached per file for the build.
 */
export function newestCommitDate(files: readonly string[], cwd = process.cwd()): Date | undefined {
	const dates = files.map((file) => {
		if (!cache.has(file)) {
			let date: Date | undefined;
			try {
				const seconds = execFileSync('git', ['log', '-1', '--format=%ct', '--', file], {
					cwd,
					encoding: 'utf8',
					stdio: ['ignore', 'pipe', 'ignore'],
				}).trim();
				date = seconds ? new Date(Number(seconds) * 1000) : undefined;
			} catch {
				date = undefined;
			}
			cache.set(file, date);
		}
		return cache.get(file);
	});
	const known = dates.filter((d): d is Date => d !== undefined);
	return known.length > 0 ? new Date(Math.max(...known.map((d) => d.getTime()))) : undefined;
}
