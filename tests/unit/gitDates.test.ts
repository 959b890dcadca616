import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { newestCommitDate } from '~/lib/build/gitDates';

const repo = mkdtempSync(join(tmpdir(), 'git-dates-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

/** Commits the files with the given content at a fixed date (seconds since 1970). */
function commitAt(seconds: number, files: Record<string, string>) {
	for (const [file, text] of Object.entries(files)) {
		mkdirSync(join(repo, file, '..'), { recursive: true });
		writeFileSync(join(repo, file), text);
	}
	const date = `${seconds} +0000`;
	const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
	const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, env, stdio: 'ignore' });
	git('add', '.');
	git(
		'-c',
		'user.name=Test',
		'-c',
		'user.email=test@example.org',
		'commit',
		'-qm',
		`at ${seconds}`,
	);
}

describe('newestCommitDate: the "Last updated" date of a generated page', () => {
	execFileSync('git', ['init', '-q'], { cwd: repo });
	commitAt(1_700_000_000, { 'content/a.yaml': 'a: 1', 'content/b.yaml': 'b: 1' });
	commitAt(1_750_000_000, { 'content/a.yaml': 'a: 2' });
	writeFileSync(join(repo, 'content/new.yaml'), 'not committed');

	test("is the newest commit that touched any of the page's files", () => {
		expect(newestCommitDate(['content/b.yaml'], repo)).toEqual(new Date(1_700_000_000_000));
		expect(newestCommitDate(['content/a.yaml'], repo)).toEqual(new Date(1_750_000_000_000));
		expect(newestCommitDate(['content/b.yaml', 'content/a.yaml'], repo)).toEqual(
			new Date(1_750_000_000_000),
		);
	});

	test('leaves out files not committed yet, and says nothing when no file is', () => {
		expect(newestCommitDate(['content/new.yaml', 'content/b.yaml'], repo)).toEqual(
			new Date(1_700_000_000_000),
		);
		expect(newestCommitDate(['content/new.yaml'], repo)).toBeUndefined();
	});

	test('says nothing outside a repository', () => {
		const bare = mkdtempSync(join(tmpdir(), 'no-git-'));
		try {
			expect(newestCommitDate(['a.yaml'], bare)).toBeUndefined();
		} finally {
			rmSync(bare, { recursive: true, force: true });
		}
	});
});
