import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { meetsRange, systemNode } from '../../scripts/prefer-system-node.mjs';

describe('using the machine’s own Node.js where it is new enough', () => {
	test('a version meets a >= range by major, then minor, then patch', () => {
		expect(meetsRange('v22.12.0', '>=22.12.0')).toBe(true);
		expect(meetsRange('v24.0.0', '>=22.12.0')).toBe(true);
		expect(meetsRange('22.12.1', '>=22.12.0')).toBe(true);
		expect(meetsRange('v22.11.9', '>=22.12.0')).toBe(false);
		expect(meetsRange('v20.20.2', '>=22.12.0')).toBe(false);
		expect(meetsRange('v23.0.0', '>= 22.12.0')).toBe(true);
		expect(meetsRange('not a version', '>=22.12.0')).toBe(false);
	});

	test('a release candidate or nightly counts as its release, and any semver range works', () => {
		expect(meetsRange('v22.12.0-rc.1', '>=22.12.0')).toBe(true);
		expect(meetsRange('v24.0.0-nightly20250101abcdef', '>=22.12.0')).toBe(true);
		expect(meetsRange('v20.19.1', '^20.19.0 || >=22.12.0')).toBe(true);
		expect(meetsRange('v21.7.3', '^20.19.0 || >=22.12.0')).toBe(false);
		expect(meetsRange('v24.0.0', 'not a range')).toBe(false);
	});

	test("the machine's Node.js is the first one on the PATH outside node_modules/.bin", () => {
		const root = mkdtempSync(join(tmpdir(), 'guide-node-'));
		const npmBin = join(root, 'project', 'node_modules', '.bin');
		const own = join(root, 'usr', 'bin');
		for (const dir of [npmBin, own]) {
			mkdirSync(dir, { recursive: true });
			writeFileSync(join(dir, 'node'), '#!/bin/sh\n');
			chmodSync(join(dir, 'node'), 0o755);
		}
		expect(systemNode([npmBin, join(root, 'empty'), own].join(delimiter))).toBe(join(own, 'node'));
		expect(systemNode(npmBin)).toBeUndefined();
	});
});
