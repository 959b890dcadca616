/**
 * The roadmap page's script: ticks (topics, and concepts inside broad topics) kept in the browser and
 * shared with the skill gap; a starting point that marks what the reader likely knows; hours a week
 * that turn what is left into weeks and a finish date; the map marked to match; and a link that
 * carries all of it to another browser. Without it the page is the full list, the map and a table.
 * What most visits never use loads on demand: a shared link's preview, the progress file, what a
 * starting point marks, the concepts inside a topic; the plan's date maths loads right after
 * start-up, into space kept for it.
 */
import {
	browserStorage,
	clearProgress,
	mergeProgress,
	readProgress,
	writeProgress,
} from '~/lib/browser/progressStore';
import { type HourRange, parseHoursText, progressText, sumHours } from '~/lib/browser/hours';
import { parseId, queryParams, withQuery } from '~/lib/browser/pathUrl';
import type { planText } from '~/lib/browser/plan';
import { type PlanSettings, readPlan, validHours, writePlan } from '~/lib/browser/planStore';
import { type Tick, tickText, ticksIn } from '~/lib/browser/ticks';
import { type Level, levels } from '~/util/vocabulary';
import type { Coverage, markStart } from './roadmapStarts';
/** How the page ends a preview, a clear or a load: the ticks and the plan it shows then, whether to save them, and what it says. */
export type Settle = (
	ticks: readonly Tick[],
	plan: PlanSettings | undefined,
	save: boolean,
	text: string,
) => void;

const form = document.querySelector<HTMLFormElement>('[data-roadmap-form]');
const list = document.querySelector<HTMLElement>('[data-roadmap-list]');
const status = document.querySelector<HTMLElement>('[data-roadmap-status]');
const plan = document.querySelector<HTMLElement>('[data-plan-status]');
const select = document.querySelector<HTMLSelectElement>('[data-roadmap-from]');
const hoursInput = document.querySelector<HTMLInputElement>('[data-plan-hours]');
const share = document.querySelector<HTMLAnchorElement>('[data-roadmap-share]');
const notice = document.querySelector<HTMLElement>('[data-roadmap-notice]');
if (form && list && status && plan && select && hoursInput && share && notice) {
	// What the starting points cover, and the code that marks it, fetched once when a reader first has
	// a starting point; until they arrive (or if the file fails) every topic counts in full.
	let starts: Coverage = {};
	let mark: typeof markStart | undefined;
	let startsLoaded: Promise<void> | undefined;
	const withStarts = () =>
		(startsLoaded ??= Promise.all([
			// A failed request, or a page that is not JSON, gives nothing.
			fetch(form.dataset['roadmapStarts'] ?? '')
				.then((response) => response.json() as Promise<Coverage>)
				.catch(() => ({})),
			import('./roadmapStarts'),
		]).then(([data, loaded]) => {
			starts = data;
			mark = loaded.markStart;
			render(false);
		}));
	const topics = [...list.querySelectorAll<HTMLElement>('[data-topic]')];
	const topicIds = new Set(topics.map((t) => t.dataset['topic'] ?? ''));
	const boxOf = (topic: HTMLElement) => topic.querySelector<HTMLInputElement>('input[name="have"]');
	const boxes = topics.map(boxOf).filter((b): b is HTMLInputElement => b !== null);
	/** The concept ticks of this page's topics (`topic--concept`), whether or not their boxes are drawn yet. */
	const conceptTicks = new Set<string>();
	const topicOfConcept = (tick: string) => tick.split('--')[0] ?? '';
	const isPageConcept = (tick: string) => tick.includes('--') && topicIds.has(topicOfConcept(tick));
	// Every id the page decides for: its topics, and the concepts inside them it knows of.
	const shownIds = () => [
		...boxes.map((b) => b.value),
		...readProgress(storage).have.filter(isPageConcept),
		...conceptTicks,
	];
	const storage = browserStorage();
	const levelNeeded = (box: HTMLInputElement) => (box.dataset['level'] ?? 'working') as Level;
	// A topic that is a group (one cloud platform) is met by a tick of any member (AWS).
	const membersOf = (box: HTMLInputElement) =>
		(box.closest<HTMLElement>('[data-topic]')?.dataset['members'] ?? '').split(',').filter(Boolean);
	/** Whether ticks meet a topic: its own id or a member's, at the level the topic needs. */
	const metBy = (box: HTMLInputElement, ticks: readonly Tick[]) =>
		ticks.some(
			(t) =>
				(t.id === box.value || membersOf(box).includes(t.id)) &&
				levels.indexOf(t.level) >= levels.indexOf(levelNeeded(box)),
		);
	const storedTicks = () => ticksIn(readProgress(storage).have);
	/** What the page's boxes say, as ticks to store: a ticked topic at the level it needs (an unticked one keeps any shallower tick it had), and the ticked concepts. */
	const pageTicks = (before: readonly Tick[]) => [
		...boxes.flatMap((box) =>
			box.checked
				? [tickText({ id: box.value, level: levelNeeded(box) })]
				: before
						.filter(
							(t) =>
								t.id === box.value && levels.indexOf(t.level) < levels.indexOf(levelNeeded(box)),
						)
						.map(tickText),
		),
		...conceptTicks,
	];
	// Each topic states its hours once, in its text.
	const hoursOf = (topic: HTMLElement): HourRange =>
		parseHoursText(topic.querySelector('.roadmap-hours')?.textContent ?? '') ?? [0, 0];
	const say = (text: string) => {
		notice.textContent = text;
		notice.hidden = !text;
	};
	// The finish date's maths, once loaded (see the end); until then the plan's line keeps its space, empty.
	let planFor: typeof planText | undefined;

	const render = (save: boolean) => {
		const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
		const hoursPerWeek = validHours(hoursInput.value);
		if (save) {
			writeProgress(
				storage,
				mergeProgress(readProgress(storage).have, shownIds(), pageTicks(storedTicks())),
			);
			writePlan(storage, { from: select.value, hoursPerWeek });
		}
		const from = select.value;
		const covered = starts[from] ?? {};
		const left: HourRange[] = [];
		const optionalLeft: HourRange[] = [];
		for (const topic of topics) {
			const id = topic.dataset['topic'] ?? '';
			const known = covered[id];
			// Concepts ticked inside a broad topic take their share of its hours off what is left; the topic
			// states how many it has once, in its "What is inside" (a topic without concepts counts whole).
			const count = Number(
				/\d+/.exec(topic.querySelector('[data-concepts] summary')?.textContent ?? '')?.[0] ?? 0,
			);
			const done = [...conceptTicks].filter((t) => topicOfConcept(t) === id).length;
			const progress = topic.querySelector<HTMLElement>('[data-concepts-progress]');
			if (progress) progress.textContent = done > 0 ? `(${done} ticked)` : '';
			const isTicked = ticked.includes(id);
			if (!isTicked) {
				const [low, high] = known ? known.h : hoursOf(topic);
				const share = count > 0 ? Math.max(0, count - done) / count : 1;
				(topic.hasAttribute('data-optional') ? optionalLeft : left).push([
					Math.round(low * share),
					Math.round(high * share),
				]);
			}
			document.querySelector(`[data-chip="${id}"]`)?.classList.toggle('is-ticked', isTicked);
		}
		mark?.(form, select, covered, ticked);
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
		if (planFor) plan.textContent = planFor(required, optional, hoursPerWeek, new Date());
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
	const linked = params.get(queryParams.have)?.split(',');
	const saved = readProgress(storage);
	const savedPlan = readPlan(storage);
	if (saved.problem) say(saved.problem);
	const mine = ticksIn(saved.have);
	const theirs = linked ? ticksIn(linked) : mine;
	/** The ids of this page's boxes a set of ticks meets, and of its concepts among them: what the page would show. */
	const stateOf = (ticks: readonly Tick[]) =>
		[
			...boxes.map((box) => (metBy(box, ticks) ? box.value : '')),
			...ticks.filter((t) => isPageConcept(t.id)).map((t) => t.id),
		].filter(Boolean);
	/** Ticks the boxes and concepts a set of ticks meets, and only those. */
	const show = (ticks: readonly Tick[]) => {
		for (const box of boxes) box.checked = metBy(box, ticks);
		conceptTicks.clear();
		for (const t of ticks) if (isPageConcept(t.id)) conceptTicks.add(t.id);
		for (const box of list.querySelectorAll<HTMLInputElement>('input[name="concept"]'))
			box.checked = conceptTicks.has(box.value);
	};
	const startIds = [...select.options].map((o) => o.value).filter(Boolean);
	/** Ends a preview, a clear or a load: shows these ticks (and this plan), redraws, saving if asked, and says what happened. */
	const settle: Settle = (ticks, settings, save, text) => {
		previewing = false;
		show(ticks);
		if (settings) {
			select.value = parseId(settings.from, startIds) ?? '';
			hoursInput.value = String(settings.hoursPerWeek);
		}
		render(save);
		if (select.value) void withStarts();
		say(text);
	};
	// A link whose progress differs from the reader's own on this page is a preview until they choose.
	const mineHere = stateOf(mine);
	const theirsHere = stateOf(theirs);
	let previewing =
		linked !== undefined && mineHere.length > 0 && mineHere.join() !== theirsHere.join();
	// The boxes are on screen before this script runs: a tick made in that moment is kept, and saved.
	const early = boxes.some((box) => box.checked && !metBy(box, theirs));
	for (const box of boxes) box.checked ||= metBy(box, theirs);
	for (const t of theirs) if (isPageConcept(t.id)) conceptTicks.add(t.id);
	select.value =
		parseId(params.get(queryParams.from), startIds) ??
		(linked ? undefined : parseId(savedPlan.from, startIds)) ??
		'';
	hoursInput.value = String(
		params.has(queryParams.hours)
			? validHours(params.get(queryParams.hours))
			: savedPlan.hoursPerWeek,
	);
	if (previewing)
		void import('./roadmapLink').then((loaded) =>
			loaded.previewLink(
				notice,
				settle,
				[mineHere.length, theirsHere.length],
				saved.have,
				savedPlan,
				linked!,
			),
		);
	else if (linked) {
		writeProgress(storage, mergeProgress(saved.have, shownIds(), pageTicks(theirs)));
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
	// A topic's concepts are drawn as ticks the first time a reader opens "What is inside", by code
	// loaded then. Toggle events do not bubble, so the list catches them on their way down.
	list.addEventListener(
		'toggle',
		(event) =>
			void import('./roadmapConcepts').then((loaded) =>
				loaded.openConcepts(event.target, form.dataset['roadmapConcepts'] ?? '', conceptTicks),
			),
		true,
	);
	hoursInput.addEventListener('input', () => render(!previewing));
	select.addEventListener('change', () => {
		render(!previewing);
		if (select.value) void withStarts();
	});
	form.querySelector('[data-roadmap-clear]')?.addEventListener('click', () => {
		clearProgress(storage);
		settle([], undefined, false, 'Your progress was cleared on this page and in the skill gap.');
	});
	// Saving to a file and loading one: the code loads when a reader first does either.
	const fileAction = (event: Event) =>
		void import('./progressFileActions').then((loaded) =>
			loaded.progressFileAction(event, storage, settle),
		);
	form.querySelector('[data-roadmap-export]')?.addEventListener('click', fileAction);
	form.querySelector('[data-roadmap-import]')?.addEventListener('change', fileAction);
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
	render(!previewing && (early || linked !== undefined));
	if (select.value) void withStarts();
	void import('~/lib/browser/plan').then((loaded) => {
		planFor = loaded.planText;
		render(false);
	});
}
