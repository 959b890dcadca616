/**
 * The 404 page's "did you mean": reads the address the reader asked for and, from the guide's own
 * list of roles, roadmaps, getting-hired pages, skills, tools and lessons, offers the nearest page.
 * Without JavaScript the page still lists every role.
 */
import { type KnownPage, nearestPage } from '~/lib/browser/nearestPage';
import { sitePath, sitePaths, withBase } from '~/lib/browser/paths';
import type { SearchVocabulary } from '~/lib/browser/searchIntent';
import { aRole } from '~/lib/browser/transitionText';

const slot = document.querySelector<HTMLElement>('[data-did-you-mean]');
const lessons = JSON.parse(
	document.getElementById('known-lessons')?.textContent ?? '[]',
) as KnownPage[];
if (slot) {
	void fetch(withBase('/search-vocabulary.json'))
		.then((r) => r.json() as Promise<SearchVocabulary>)
		.then((vocabulary) => {
			const pages: KnownPage[] = [
				...vocabulary.roles.flatMap((r) => [
					{ path: sitePaths.role(r.id), title: r.names[0]! },
					{ path: sitePaths.roadmap(r.id), title: `${r.names[0]} roadmap` },
					...(r.hiring
						? [{ path: sitePaths.hiring(r.id), title: `Getting hired as ${aRole(r.names[0]!)}` }]
						: []),
				]),
				...vocabulary.entries.map((e) => ({ path: e.path, title: e.names[0]! })),
				...lessons,
			];
			const near = nearestPage(sitePath(location.pathname), pages);
			if (!near) return;
			const link = Object.assign(document.createElement('a'), {
				href: withBase(`/${near.path}`),
				textContent: near.title,
			});
			slot.replaceChildren('Did you mean ', link, '?');
			slot.hidden = false;
		})
		.catch(() => undefined);
}
