/** Lower-case words joined by hyphens, as ids and URL slugs are written. @example slugify("ML Engineer") // "ml-engineer" */
export function slugify(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
