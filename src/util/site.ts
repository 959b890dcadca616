/** The site's name, in the header, the page titles and the social cards. */
export const siteTitle = 'AI & ML Roles Guide';

/** What the site is, in one sentence: the home page's meta description and the site's social card. */
export const siteDescription =
	'An open, sourced guide to AI and ML roles: what each role does, the skills and tools it needs, how roles differ and how to move between them.';
