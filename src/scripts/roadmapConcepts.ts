/**
 * Draws the ticks of the concepts inside a broad roadmap topic, the first time a reader opens its
 * "What is inside" (the concepts themselves are fetched then, so the roadmap's first load stays light).
 */

/** A concept as `concepts.json` gives it: its tick's id, its name and a resource where one fits. */
export interface RoadmapConceptItem {
	tick: string;
	name: string;
	resource?: { title: string; url: string };
}

/**
 * Replaces the details' pointer to the entry's page with a checkbox a concept, ticked where the
 * reader has ticked it; the page's change listener, on the list, picks up what is ticked next.
 */
export function drawConcepts(details: HTMLDetailsElement, items: readonly RoadmapConceptItem[], ticked: ReadonlySet<string>): void {
	const holder = details.querySelector('[data-concepts-list]');
	if (!holder) return;
	const ul = document.createElement('ul');
	for (const c of items) {
		const li = document.createElement('li');
		const label = document.createElement('label');
		const box = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'concept', value: c.tick, checked: ticked.has(c.tick) });
		label.append(box, ` ${c.name}`);
		li.append(label);
		if (c.resource) li.append(' ', Object.assign(document.createElement('a'), { href: c.resource.url, textContent: c.resource.title, className: 'roadmap-resource-meta' }));
		ul.append(li);
	}
	holder.replaceWith(ul);
}
