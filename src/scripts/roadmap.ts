/**
 * The roadmap page's script: ticks kept in the browser and shared with the skill gap, progress per
 * stage and overall, a starting point that marks what the reader likely knows and sums the hours left,
 * and a link that carries the ticks to another browser. Without it the page is the full list.
 */
import { browserStorage, clearProgress, mergeProgress, readProgress, writeProgress } from '~/lib/browser/progressStore';
import { type HourRange, parseHoursText, progressText, sumHours } from '~/lib/browser/hours';
import { parseId, queryParams, withQuery } from '~/lib/browser/pathUrl';
import { type Tick, parseTick, tickText } from '~/lib/browser/ticks';
import { type Level, levels } from '~/lib/browser/transitions';

/** What each starting point covers, by topic, with the hours still to go (see `startCoverage`). */
type Coverage = Record<string, Record<string, { c: 'known' | 'partial'; h: HourRange }>>;

const form = document.querySelector<HTMLFormElement>('[data-roadmap-form]');
const list = document.querySelector<HTMLElement>('[data-roadmap-list]');
const status = document.querySelector<HTMLElement>('[data-roadmap-status]');
const select = document.querySelector<HTMLSelectElement>('[data-roadmap-from]');
const share = document.querySelector<HTMLAnchorElement>('[data-roadmap-share]');
const notice = document.querySelector<HTMLElement>('[data-roadmap-notice]');
if (form && list && status && select && share && notice) {
	let starts: Coverage = {};
	let startsLoaded: Promise<void> | undefined;
	/** Fetches what the starting points cover, once; if that fails, the roadmap counts every topic in full. */
	const loadStarts = () =>
		(startsLoaded ??= fetch(form.dataset['roadmapStarts'] ?? '')
			.then((response) => (response.ok ? (response.json() as Promise<Coverage>) : {}))
			.then((data) => {
				starts = data;
			})
			.catch(() => undefined));
	const topics = [...list.querySelectorAll<HTMLElement>('[data-topic]')];
	const boxes = topics.map((t) => t.querySelector<HTMLInputElement>('input[type="checkbox"]')).filter((b): b is HTMLInputElement => b !== null);
	const shown = boxes.map((b) => b.value);
	const storage = browserStorage();
	const levelNeeded = (box: HTMLInputElement) => (box.dataset['level'] ?? 'working') as Level;
	// A topic that is a group (one cloud platform) is met by a tick of any member (AWS).
	const membersOf = (box: HTMLInputElement) => (box.closest<HTMLElement>('[data-topic]')?.dataset['members'] ?? '').split(',').filter(Boolean);
	/** Whether stored ticks meet a topic: its own id or a member's, at the level the topic needs. */
	const metBy = (box: HTMLInputElement, ticks: readonly Tick[]) =>
		ticks.some((t) => (t.id === box.value || membersOf(box).includes(t.id)) && levels.indexOf(t.level) >= levels.indexOf(levelNeeded(box)));
	const storedTicks = () =>
		readProgress(storage)
			.have.map(parseTick)
			.filter((t): t is Tick => t !== undefined);
	/** What the page's boxes say, as ticks to store: a ticked topic at the level it needs; an unticked one keeps any shallower tick it had. */
	const pageTicks = (before: readonly Tick[]) =>
		boxes.flatMap((box) =>
			box.checked ? [tickText({ id: box.value, level: levelNeeded(box) })] : before.filter((t) => t.id === box.value && levels.indexOf(t.level) < levels.indexOf(levelNeeded(box))).map(tickText),
		);
	// Each topic states its hours once, in its text.
	const hoursOf = (topic: HTMLElement): HourRange => parseHoursText(topic.querySelector('.roadmap-hours')?.textContent ?? '') ?? [0, 0];
	const say = (text: string) => {
		notice.textContent = text;
		notice.hidden = !text;
	};

	const render = (save: boolean) => {
		const ticked = boxes.filter((b) => b.checked).map((b) => b.value);
		if (save) writeProgress(storage, mergeProgress(readProgress(storage).have, shown, pageTicks(storedTicks())));
		const from = select.value;
		const covered = starts[from] ?? {};
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
			if (!ticked.includes(id)) (topic.dataset['importance'] === 'plus' ? optionalLeft : left).push(known ? known.h : hoursOf(topic));
		}
		for (const stage of list.querySelectorAll<HTMLElement>('[data-stage]')) {
			const stageBoxes = [...stage.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
			const progress = stage.querySelector<HTMLElement>('[data-stage-progress]');
			if (progress) {
				progress.hidden = false;
				progress.textContent = `${stageBoxes.filter((b) => b.checked).length} of ${stageBoxes.length} ticked.`;
			}
		}
		status.textContent = progressText(ticked.length, boxes.length, sumHours(left), sumHours(optionalLeft), from !== '');
		share.href = location.pathname + withQuery('', { [queryParams.have]: boxes.filter((b) => b.checked).map((b) => tickText({ id: b.value, level: levelNeeded(b) })), from: from || undefined });
	};

	// A shared link brings its ticks (and starting point) into this browser; otherwise the saved ticks apply.
	const params = new URLSearchParams(location.search);
	const linked = params.get(queryParams.have);
	const saved = readProgress(storage);
	if (saved.problem) say(saved.problem);
	const initialTicks = (linked ?? saved.have.join(','))
		.split(',')
		.map(parseTick)
		.filter((t): t is Tick => t !== undefined);
	// The boxes are on screen before this script runs: a tick made in that moment is kept, and saved.
	const early = boxes.filter((box) => box.checked && !metBy(box, initialTicks)).length > 0;
	for (const box of boxes) box.checked ||= metBy(box, initialTicks);
	select.value = parseId(params.get(queryParams.from), [...select.options].map((o) => o.value).filter(Boolean)) ?? '';
	if (linked !== null) {
		writeProgress(storage, mergeProgress(saved.have, shown, pageTicks(initialTicks)));
		say('Progress loaded from the link you opened, and saved in this browser.');
	}
	list.addEventListener('change', () => render(true));
	select.addEventListener('change', () => {
		render(false);
		if (select.value) void loadStarts().then(() => render(false));
	});
	form.querySelector('[data-roadmap-clear]')?.addEventListener('click', () => {
		for (const box of boxes) box.checked = false;
		clearProgress(storage);
		say('Your progress was cleared on this page and in the skill gap.');
		render(false);
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	render(early);
	if (select.value) void loadStarts().then(() => render(false));
}
