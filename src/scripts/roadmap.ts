/**
 * The roadmap page's script: ticks (topics, and concepts inside broad topics) kept in the browser and
 * shared with the skill gap; a starting point that marks what the reader likely knows; hours a week
 * that turn what is left into weeks and a finish date; the map marked to match; and a link that
 * carries all of it to another browser. Without it the page is the full list, the map and a table.
 */
import { browserStorage, clearProgress, mergeProgress, readProgress, writeProgress } from '~/lib/browser/progressStore';
import { type HourRange, parseHoursText, progressText, sumHours } from '~/lib/browser/hours';
import { pairPath, parseId, queryParams, withQuery } from '~/lib/browser/pathUrl';
import { planText } from '~/lib/browser/plan';
import { readPlan, validHours, writePlan } from '~/lib/browser/planStore';
import { type Tick, tickText, ticksIn } from '~/lib/browser/ticks';
import { type Level, levels } from '~/util/vocabulary';
import type { RoadmapConceptItem } from './roadmapConcepts';

/** What each starting point covers, by topic, with the hours still to go (see `startCoverage`). */
type Coverage = Record<string, Record<string, { c: 'known' | 'partial'; h: HourRange }>>;
/** The concepts inside each broad topic (see `roadmapConcepts`). */
type Concepts = Record<string, RoadmapConceptItem[]>;

const form = document.querySelector<HTMLFormElement>('[data-roadmap-form]');
const list = document.querySelector<HTMLElement>('[data-roadmap-list]');
const status = document.querySelector<HTMLElement>('[data-roadmap-status]');
const plan = document.querySelector<HTMLElement>('[data-plan-status]');
const select = document.querySelector<HTMLSelectElement>('[data-roadmap-from]');
const pairLink = document.querySelector<HTMLElement>('[data-roadmap-pair]');
const hoursInput = document.querySelector<HTMLInputElement>('[data-plan-hours]');
const share = document.querySelector<HTMLAnchorElement>('[data-roadmap-share]');
const notice = document.querySelector<HTMLElement>('[data-roadmap-notice]');
if (form && list && status && plan && select && hoursInput && share && notice) {
	/** A loader that fetches a JSON file once and gives the same answer after; a failure gives `fallback`. */
	const fetchOnce = <T>(url: string, fallback: T) => {
		let loaded: Promise<T> | undefined;
		return () =>
			(loaded ??= fetch(url)
				.then((response) => (response.ok ? (response.json() as Promise<T>) : fallback))
				.catch(() => fallback));
	};
	// What the starting points cover; until it arrives (or if it fails) every topic counts in full.
	let starts: Coverage = {};
	const loadStarts = fetchOnce<Coverage>(form.dataset['roadmapStarts'] ?? '', {});
	const withStarts = () =>
		void loadStarts().then((data) => {
			starts = data;
			render(false);
		});
	// The concepts inside the broad topics, fetched when a reader first opens one.
	const loadConcepts = fetchOnce<Concepts>(form.dataset['roadmapConcepts'] ?? '', {});
	const topics = [...list.querySelectorAll<HTMLElement>('[data-topic]')];
	const topicIds = new Set(topics.map((t) => t.dataset['topic'] ?? ''));
	const boxOf = (topic: HTMLElement) => topic.querySelector<HTMLInputElement>('input[name="have"]');
	const boxes = topics.map(boxOf).filter((b): b is HTMLInputElement => b !== null);
	const chips = new Map([...document.querySelectorAll<HTMLElement>('[data-chip]')].map((chip) => [chip.dataset['chip'] ?? '', chip]));
	/** The concept ticks of this page's topics (`topic--concept`), whether or not their boxes are drawn yet. */
	const conceptTicks = new Set<string>();
	const topicOfConcept = (tick: string) => tick.split('--')[0] ?? '';
	const isPageConcept = (tick: string) => tick.includes('--') && topicIds.has(topicOfConcept(tick));
	// Every id the page decides for: its topics, and the concepts inside them it knows of.
	const shownIds = () => [...boxes.map((b) => b.value), ...readProgress(storage).have.filter(isPageConcept), ...conceptTicks];
	const storage = browserStorage();
	const levelNeeded = (box: HTMLInputElement) => (box.dataset['level'] ?? 'working') as Level;
	// A topic that is a group (one cloud platform) is met by a tick of any member (AWS).
	const membersOf = (box: HTMLInputElement) => (box.closest<HTMLElement>('[data-topic]')?.dataset['members'] ?? '').split(',').filter(Boolean);
	/** Whether ticks meet a topic: its own id or a member's, at the level the topic needs. */
	const metBy = (box: HTMLInputElement, ticks: readonly Tick[]) =>
		ticks.some((t) => (t.id === box.value || membersOf(box).includes(t.id)) && levels.indexOf(t.level) >= levels.indexOf(levelNeeded(box)));
	const storedTicks = () => ticksIn(readProgress(storage).have);
	/** What the page's boxes say, as ticks to store: a ticked topic at the level it needs (an unticked one keeps any shallower tick it had), and the ticked concepts. */
	const pageTicks = (before: readonly Tick[]) => [
		...boxes.flatMap((box) =>
			box.checked ? [tickText({ id: box.value, level: levelNeeded(box) })] : before.filter((t) => t.id === box.value && levels.indexOf(t.level) < levels.indexOf(levelNeeded(box))).map(tickText),
		),
		...conceptTicks,
	];
	// Each topic states its hours once, in its text.
	const hoursOf = (topic: HTMLElement): HourRange => parseHoursText(topic.querySelector('.roadmap-hours')?.textContent ?? '') ?? [0, 0];
	const say = (text: string) => {
		notice.textContent = text;
		notice.hidden = !text;
	};

	const render = (save: boolean) => {
		const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
		const hoursPerWeek = validHours(hoursInput.value);
		if (save) {
			writeProgress(storage, mergeProgress(readProgress(storage).have, shownIds(), pageTicks(storedTicks())));
			writePlan(storage, { from: select.value, hoursPerWeek });
		}
		const from = select.value;
		const covered = starts[from] ?? {};
		// Starting from another role, the next step includes the page comparing the two.
		const fromRole = select.selectedOptions[0]?.dataset['order'];
		if (pairLink && form.dataset['role']) {
			pairLink.hidden = fromRole === undefined;
			const link = pairLink.querySelector('a');
			if (link && fromRole !== undefined) link.href = pairPath({ id: from, order: Number(fromRole) }, { id: form.dataset['role'], order: Number(form.dataset['roleOrder']) });
		}
		const left: HourRange[] = [];
		const optionalLeft: HourRange[] = [];
		for (const topic of topics) {
			const id = topic.dataset['topic'] ?? '';
			const known = covered[id];
			let mark = topic.querySelector<HTMLElement>('[data-known]');
			if (known && !mark) {
				mark = Object.assign(document.createElement('span'), { className: 'roadmap-known' });
				mark.dataset['known'] = '';
				topic.querySelector('.roadmap-topic-head')?.append(mark);
			}
			if (mark) {
				mark.hidden = !known;
				mark.textContent = known ? (known.c === 'known' ? 'You likely know this' : 'You likely know part of this') : '';
			}
			topic.classList.toggle('roadmap-topic-known', known?.c === 'known');
			// Concepts ticked inside a broad topic take their share of its hours off what is left.
			const count = Number(topic.querySelector<HTMLElement>('[data-concepts-count]')?.dataset['conceptsCount'] ?? 0);
			const done = [...conceptTicks].filter((t) => topicOfConcept(t) === id).length;
			const progress = topic.querySelector<HTMLElement>('[data-concepts-progress]');
			if (progress) progress.textContent = done > 0 ? `(${done} ticked)` : '';
			const isTicked = ticked.includes(id);
			if (!isTicked) {
				const [low, high] = known ? known.h : hoursOf(topic);
				const share = count > 0 ? Math.max(0, count - done) / count : 1;
				(topic.hasAttribute('data-optional') ? optionalLeft : left).push([Math.round(low * share), Math.round(high * share)]);
			}
			const chip = chips.get(id);
			chip?.classList.toggle('is-ticked', isTicked);
			chip?.classList.toggle('is-known', !isTicked && known?.c === 'known');
		}
		for (const stage of list.querySelectorAll<HTMLElement>('[data-stage]')) {
			const stageBoxes = [...stage.querySelectorAll<HTMLInputElement>('input[name="have"]')];
			const progress = stage.querySelector<HTMLElement>('[data-stage-progress]');
			if (progress) {
				progress.hidden = false;
				progress.textContent = `${stageBoxes.filter((b) => b.checked).length} of ${stageBoxes.length} ticked.`;
			}
		}
		const required = sumHours(left);
		const optional = sumHours(optionalLeft);
		status.textContent = progressText(ticked.length, boxes.length, required, optional, from !== '');
		plan.textContent = planText(required, optional, hoursPerWeek, new Date());
		share.href =
			location.pathname +
			withQuery('', {
				[queryParams.have]: pageTicks([]),
				[queryParams.from]: from || undefined,
				[queryParams.hours]: String(hoursPerWeek),
			});
	};

	// A shared link brings its ticks, starting point and pace into this browser; otherwise the saved ones apply.
	const params = new URLSearchParams(location.search);
	const linked = params.get(queryParams.have);
	const saved = readProgress(storage);
	const savedPlan = readPlan(storage);
	if (saved.problem) say(saved.problem);
	const mine = ticksIn(saved.have);
	const theirs = linked === null ? mine : ticksIn(linked.split(','));
	/** What a set of ticks says for this page: each box, and the concept ticks. */
	const stateOf = (ticks: readonly Tick[]) => [...boxes.map((box) => (metBy(box, ticks) ? box.value : '')), ...ticks.filter((t) => isPageConcept(t.id)).map((t) => t.id)].filter(Boolean);
	const show = (ticks: readonly Tick[]) => {
		for (const box of boxes) box.checked = metBy(box, ticks);
		conceptTicks.clear();
		for (const t of ticks) if (isPageConcept(t.id)) conceptTicks.add(t.id);
	};
	// A link whose progress differs from the reader's own on this page is a preview until they choose.
	const mineHere = stateOf(mine);
	let previewing = linked !== null && mineHere.length > 0 && mineHere.join() !== stateOf(theirs).join();
	const initialTicks = theirs;
	// The boxes are on screen before this script runs: a tick made in that moment is kept, and saved.
	const early = boxes.filter((box) => box.checked && !metBy(box, initialTicks)).length > 0;
	for (const box of boxes) box.checked ||= metBy(box, initialTicks);
	for (const t of initialTicks) if (isPageConcept(t.id)) conceptTicks.add(t.id);
	const startIds = [...select.options].map((o) => o.value).filter(Boolean);
	select.value = parseId(params.get(queryParams.from), startIds) ?? (linked === null ? parseId(savedPlan.from, startIds) : undefined) ?? '';
	hoursInput.value = String(params.has(queryParams.hours) ? validHours(params.get(queryParams.hours)) : savedPlan.hoursPerWeek);
	if (previewing) {
		void import('./linkChoice')
			.then(({ askAboutLink }) => askAboutLink(notice, mineHere.length, stateOf(theirs).length))
			.then((choice) => {
				previewing = false;
				if (choice === 'keep') {
					show(mine);
					select.value = parseId(savedPlan.from, startIds) ?? '';
					hoursInput.value = String(savedPlan.hoursPerWeek);
					history.replaceState(history.state, '', location.pathname + location.hash);
					render(false);
					return say('Kept your own progress; the link was not saved.');
				}
				show(choice === 'merge' ? ticksIn([...saved.have, ...linked!.split(',')]) : theirs);
				writeProgress(storage, mergeProgress(saved.have, shownIds(), pageTicks(storedTicks())));
				render(true);
				say(choice === 'merge' ? 'Merged: your progress and the link’s together, saved in this browser.' : 'Your progress on this roadmap was replaced by the link’s, and saved.');
			});
	} else if (linked !== null) {
		writeProgress(storage, mergeProgress(saved.have, shownIds(), pageTicks(initialTicks)));
		say('Progress loaded from the link you opened, and saved in this browser.');
	}
	list.addEventListener('change', (event) => {
		const box = event.target;
		if (box instanceof HTMLInputElement && box.name === 'concept') {
			if (box.checked) conceptTicks.add(box.value);
			else conceptTicks.delete(box.value);
		}
		render(!previewing);
	});
	// A topic's concepts are drawn as ticks the first time a reader opens "What is inside".
	for (const details of list.querySelectorAll<HTMLDetailsElement>('[data-concepts]')) {
		details.addEventListener('toggle', () => {
			if (!details.open || details.querySelector('input[name="concept"]')) return;
			// The code that draws them loads with the list, when a reader first asks for it.
			void Promise.all([loadConcepts(), import('./roadmapConcepts')]).then(([concepts, { drawConcepts }]) => {
				const items = concepts[details.dataset['concepts'] ?? ''];
				if (items && !details.querySelector('input[name="concept"]')) drawConcepts(details, items, conceptTicks);
			});
		});
	}
	hoursInput.addEventListener('input', () => render(!previewing));
	select.addEventListener('change', () => {
		render(!previewing);
		if (select.value) withStarts();
	});
	form.querySelector('[data-roadmap-clear]')?.addEventListener('click', () => {
		for (const box of list.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = false;
		conceptTicks.clear();
		clearProgress(storage);
		previewing = false;
		say('Your progress was cleared on this page and in the skill gap.');
		render(false);
	});
	form.querySelector('[data-roadmap-export]')?.addEventListener('click', () => void import('./progressFileActions').then(({ saveProgressFile }) => saveProgressFile(storage)));
	form.querySelector<HTMLInputElement>('[data-roadmap-import]')?.addEventListener('change', (event) => {
		const input = event.target as HTMLInputElement;
		const file = input.files?.[0];
		if (!file) return;
		void import('./progressFileActions')
			.then(({ loadProgressFile }) => loadProgressFile(storage, file))
			.then((message) => {
				input.value = '';
				previewing = false;
				show(ticksIn(readProgress(storage).have));
				const loadedPlan = readPlan(storage);
				select.value = parseId(loadedPlan.from, startIds) ?? '';
				hoursInput.value = String(loadedPlan.hoursPerWeek);
				render(false);
				if (select.value) withStarts();
				say(message);
			});
	});
	// ↑ and ↓ move between the topics' ticks, past each topic's links.
	list.addEventListener('keydown', (event) => {
		const at = boxes.indexOf(event.target as HTMLInputElement);
		if (at < 0 || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
		const next = boxes[at + (event.key === 'ArrowDown' ? 1 : -1)];
		if (!next) return;
		event.preventDefault();
		next.focus();
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	render(!previewing && (early || linked !== null));
	if (select.value) withStarts();
}
