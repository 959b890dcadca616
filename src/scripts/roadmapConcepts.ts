/**
 * Draws the ticks of the concepts inside a broad roadmap topic, the first time a reader opens its
 * "What is inside" (this code and the concepts themselves load then, so the roadmap's first load
 * stays light).
 */

/** A concept as `concepts.json` gives it: its tick's id, its name and a resource where one fits. */
export interface RoadmapConceptItem {
	tick: string;
	name: string;
	resource?: { title: string; url: string };
}

/** The concepts of the page's broad topics, by topic, fetched once; a failure gives none. */
let concepts: Promise<Record<string, RoadmapConceptItem[]>> | undefined;

/**
 * Draws the concepts of a topic's "What is inside" that was just opened (`target`, from a toggle
 * event), unless they are drawn already; `url` is the page's concepts file, `ticked` the concept
 * ticks the reader has.
 */
export async function openConcepts(
	target: EventTarget | null,
	url: string,
	ticked: ReadonlySet<string>,
): Promise<void> {
	if (!(target instanceof HTMLDetailsElement && target.open && target.matches('[data-concepts]')))
		return;
	// A failed request, or a page that is not JSON, gives none.
	concepts ??= fetch(url)
		.then((response) => response.json() as Promise<Record<string, RoadmapConceptItem[]>>)
		.catch(() => ({}));
	const items = (await concepts)[
		target.closest<HTMLElement>('[data-topic]')?.dataset['topic'] ?? ''
	];
	if (items && !target.querySelector('input[name="concept"]')) drawConcepts(target, items, ticked);
}

/**
 * Replaces the details' pointer to the entry's page with a checkbox a concept, ticked where the
 * reader has ticked it; the page's change listener, on the list, picks up what is ticked next.
 */
export function drawConcepts(
	details: HTMLDetailsElement,
	items: readonly RoadmapConceptItem[],
	ticked: ReadonlySet<string>,
): void {
	const holder = details.querySelector('[data-concepts-list]');
	if (!holder) return;
	const ul = document.createElement('ul');
	for (const c of items) {
		const li = document.createElement('li');
		const label = document.createElement('label');
		const box = Object.assign(document.createElement('input'), {
			type: 'checkbox',
			name: 'concept',
			value: c.tick,
			checked: ticked.has(c.tick),
		});
		label.append(box, ` ${c.name}`);
		li.append(label);
		if (c.resource)
			li.append(
				' ',
				Object.assign(document.createElement('a'), {
					href: c.resource.url,
					textContent: c.resource.title,
					className: 'roadmap-resource-meta',
				}),
			);
		ul.append(li);
	}
	holder.replaceWith(ul);
}
