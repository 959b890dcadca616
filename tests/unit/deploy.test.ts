import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';

interface Step {
	uses?: string;
	run?: string;
	env?: Record<string, string>;
	with?: Record<string, unknown>;
}
const workflow = yaml.load(readFileSync('.github/workflows/pages.yml', 'utf8')) as {
	jobs: Record<string, { steps: Step[] }>;
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

describe('the GitHub Pages workflow', () => {
	test('builds with the site address and base path of the repository, on the Node.js the project names', () => {
		const build = steps.find((s) => s.run === 'npm run build');
		expect(build?.env?.['SITE_URL']).toBe('https://${{ github.repository_owner }}.github.io');
		expect(build?.env?.['BASE_PATH']).toBe('/${{ github.event.repository.name }}/');
		expect(
			steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file'],
		).toBe('.node-version');
	});

	test('uploads the build and deploys it', () => {
		expect(
			steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.['path'],
		).toBe('dist');
		expect(steps.some((s) => s.uses?.startsWith('actions/deploy-pages'))).toBe(true);
	});
});
