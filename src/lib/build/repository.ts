/**
 * Where the project's source lives, for "Edit this page" links: the `REPOSITORY_URL` environment
 * variable, or the project's own repository. Set `REPOSITORY_URL` when the site is built from a fork.
 */
export const repositoryUrl = (
	process.env['REPOSITORY_URL'] ?? 'https://github.com/ai-ml-roles-guide/ai-ml-roles-guide'
).replace(/\/$/, '');

/** The base that file paths are appended to for edit links (the main branch's edit view). */
export const repositoryEditBase = `${repositoryUrl}/edit/main/`;
