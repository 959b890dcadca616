/**
 * The skill gap's form: for the skills and tools ticked, each at the level the reader says (a bare
 * tick counts as working), how many of each role's core requirements a reader meets and what is
 * missing or needs deepening; ticks and levels are shared with the roadmaps and kept in the URL.
 * Loaded by `skillGap.ts` together with the page's data.
 */
import { parseId, queryParams, withQuery } from '~/lib/browser/pathUrl';
import {
	browserStorage,
	mergeProgress,
	readProgress,
	writeProgress,
} from '~/lib/browser/progressStore';
import type { GapData } from '~/lib/browser/skillGap';
import { parseTicks } from '~/lib/browser/tickChoices';
import { type Tick, tickText, ticksIn } from '~/lib/browser/ticks';
import { readinessLine, roleInText } from '~/lib/browser/transitionText';
import { rankByReadiness } from '~/lib/browser/transitions';
import { type Level, defaultLevel, levelTerms, levels } from '~/util/vocabulary';

/** Brings the form to life with the page's data: ticks from the URL or this browser, the filter, the ranking. */
export function startSkillGap({ roles, model, words: filterWords }: GapData): void {
	const form = document.querySelector<HTMLFormElement>('[data-gap-form]');
	const status = document.querySelector('[data-gap-status]');
	const share = document.querySelector<HTMLElement>('[data-path-share]');
	const list = document.querySelector('[data-gap-ranking]');
	const live = document.querySelector('[data-live-summary]');
	const notice = document.querySelector<HTMLElement>('[data-gap-notice]');
	if (!form || !status || !share || !list) return;
	const names = new Map(roles.map((role) => [role.id, role.name]));
	const cards = new Map(
		[...list.querySelectorAll<HTMLElement>('[data-role]')].map((card) => [
			card.dataset['role'] ?? '',
			card,
		]),
	);
	const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="have"]')];
	const select = form.querySelector('select');
	const filter = form.querySelector<HTMLInputElement>('[data-gap-filter]');
	const name = (id: string) => names.get(id) ?? id;
	const storage = browserStorage();
	const shown = boxes.map((box) => box.value);
	const initialLine = live?.textContent ?? '';
	const levelOf = new Map<string, Level>();
	// Each ticked entry gets a "how well" choice beside it; a bare tick counts as working.
	const levelChoice = (box: HTMLInputElement) => {
		let choice = box.closest('li')?.querySelector<HTMLSelectElement>('select[data-gap-level]');
		if (box.checked && !choice) {
			choice = document.createElement('select');
			choice.dataset['gapLevel'] = box.value;
			choice.className = 'path-level';
			choice.setAttribute(
				'aria-label',
				`How well: ${box.closest('label')?.textContent?.trim() ?? box.value}`,
			);
			for (const level of levels) choice.append(new Option(levelTerms[level].label, level));
			box.closest('li')?.append(choice);
		}
		if (choice) {
			choice.hidden = !box.checked;
			choice.value = levelOf.get(box.value) ?? defaultLevel;
		}
	};

	const render = (save = true) => {
		const ticks: Tick[] = boxes
			.filter((box) => box.checked)
			.map((box) => ({ id: box.value, level: levelOf.get(box.value) ?? defaultLevel }));
		const have = ticks.map(tickText);
		// The ticks are shared with the roadmaps: what is ticked here is ticked there, at the same level.
		const stored = readProgress(storage).have;
		if (save) writeProgress(storage, mergeProgress(stored, shown, have));
		const heldElsewhere = ticksIn(stored).filter((t) => !shown.includes(t.id));
		const target = select?.value || undefined;
		const query = withQuery(location.search, {
			[queryParams.have]: have,
			[queryParams.role]: target,
		});
		history.replaceState(history.state, '', location.pathname + query + location.hash);
		share.hidden = !query;
		const permalink = share.querySelector('a');
		if (permalink) permalink.href = location.href;
		const ranked = rankByReadiness([...ticks, ...heldElsewhere], roles, model);
		// The chosen role leads; the others follow, closest first.
		ranked.sort((a, b) => Number(b.to === target) - Number(a.to === target));
		for (const gap of ranked) {
			const card = cards.get(gap.to);
			if (!card) continue;
			const missing = new Set(
				[...gap.learn, ...gap.deepen.map((d) => d.requirement)].map((r) => r.id),
			);
			list.append(card);
			const summary = card.querySelector('[data-gap-summary]');
			if (summary)
				summary.textContent =
					gap.core === 0
						? 'no core requirements'
						: `you meet ${gap.met} of ${gap.core} core requirements; about ${Math.round(gap.left * 100)}% of its learning is still to do`;
			const bar = card.querySelector<HTMLElement>('[data-path-bar]');
			const fill = bar?.querySelector('span');
			if (bar && fill) {
				bar.hidden = gap.core === 0;
				fill.style.inlineSize = `${Math.round((gap.met / Math.max(1, gap.core)) * 100)}%`;
			}
			const deepen = new Map(
				gap.deepen.map((d) => [
					d.requirement.id,
					`deepen: ${levelTerms[d.from].label.toLowerCase()} → ${levelTerms[d.to].label.toLowerCase()}`,
				]),
			);
			for (const item of card.querySelectorAll<HTMLElement>('[data-item]')) {
				const id = item.dataset['item'] ?? '';
				item.hidden = !missing.has(id);
				// A requirement held at a shallower level says so, with the levels.
				let note = item.querySelector<HTMLElement>('[data-gap-deepen]');
				if (deepen.has(id) && !note) {
					note = Object.assign(document.createElement('span'), { className: 'chip-note' });
					note.dataset['gapDeepen'] = '';
					item.append(note);
				}
				if (note) note.textContent = deepen.has(id) ? ` (${deepen.get(id)})` : '';
			}
			for (const none of card.querySelectorAll<HTMLElement>('[data-gap-none]'))
				none.hidden = !!none.parentElement?.querySelector('[data-item]:not([hidden])');
		}
		const chosen = ranked.find((gap) => gap.to === target);
		if (chosen) cards.get(chosen.to)?.querySelector('details')?.setAttribute('open', '');
		const closest = ranked.find((gap) => gap.core > 0 && gap.to !== target) ?? ranked[0];
		status.textContent = chosen
			? `${readinessLine(chosen, 'you', name(chosen.to))} ${chosen.learn.length + chosen.deepen.length} requirements of all kinds still to learn.`
			: have.length === 0 || !closest
				? 'Tick the skills and tools you have: each role below then shows how many of its core requirements you meet and what is missing.'
				: `Closest: the ${roleInText(name(closest.to))} role, where you meet ${closest.met} of ${closest.core} core requirements. Open a role to see what is missing.`;
		if (live) {
			const lead = chosen ?? (have.length > 0 ? closest : undefined);
			const next = ranked.filter((gap) => gap !== lead && gap.core > 0).slice(0, 2);
			live.textContent = !lead
				? initialLine
				: `${name(lead.to)}: ${lead.met} of ${lead.core} core requirements met${next.length > 0 ? `. Then ${next.map((gap) => `${name(gap.to)} (${gap.met} of ${gap.core})`).join(', ')}` : ''}.`;
		}
	};

	const narrow = () => {
		const words = (filter?.value ?? '').trim().toLowerCase();
		let shown = 0;
		for (const group of form.querySelectorAll<HTMLElement>('[data-gap-group]')) {
			let inGroup = 0;
			for (const box of group.querySelectorAll<HTMLInputElement>('input[name="have"]')) {
				const item = box.closest('li');
				if (!item) continue;
				item.hidden = !(filterWords[box.value] ?? box.value).includes(words);
				if (!item.hidden) inGroup++;
			}
			group.hidden = inGroup === 0;
			shown += inGroup;
		}
		const nomatch = form.querySelector<HTMLElement>('[data-gap-nomatch]');
		if (nomatch) nomatch.hidden = shown > 0;
	};

	const params = new URLSearchParams(location.search);
	const linked = params.get(queryParams.have);
	// A shared link shows its ticks; the ticks saved in this browser (from here or a roadmap) apply otherwise.
	const saved = readProgress(storage).have;
	const mine = parseTicks(saved.join(','), shown);
	const theirs = linked !== null ? parseTicks(linked, shown) : mine;
	// A link that differs from the reader's own saved ticks is a preview until they choose.
	let previewing =
		notice !== null &&
		linked !== null &&
		mine.length > 0 &&
		mine.map(tickText).join() !== theirs.map(tickText).join();
	const initial = theirs;
	for (const tick of initial) levelOf.set(tick.id, tick.level);
	// The boxes are on screen before this script runs: a tick made in that moment is kept, and saved.
	const early = boxes.filter((box) => box.checked && !levelOf.has(box.value)).length > 0;
	for (const box of boxes) {
		box.checked ||= levelOf.has(box.value);
		levelChoice(box);
	}
	if (select)
		select.value =
			parseId(
				params.get(queryParams.role),
				roles.map((role) => role.id),
			) ?? '';
	form.addEventListener('change', (event) => {
		const target = event.target;
		if (target === filter) return;
		if (target instanceof HTMLSelectElement && target.dataset['gapLevel'])
			levelOf.set(target.dataset['gapLevel'], target.value as Level);
		if (target instanceof HTMLInputElement && target.name === 'have') levelChoice(target);
		render(!previewing);
	});
	if (previewing && notice) {
		const show = (ticks: readonly Tick[]) => {
			levelOf.clear();
			for (const tick of ticks) levelOf.set(tick.id, tick.level);
			for (const box of boxes) {
				box.checked = levelOf.has(box.value);
				levelChoice(box);
			}
		};
		void import('./linkChoice')
			.then(({ askAboutLink }) => askAboutLink(notice, mine.length, theirs.length))
			.then((choice) => {
				previewing = false;
				show(
					choice === 'keep'
						? mine
						: choice === 'merge'
							? parseTicks([...saved, linked!].join(','), shown)
							: theirs,
				);
				render(choice !== 'keep');
			});
	}
	form.addEventListener('submit', (event) => event.preventDefault());
	filter?.addEventListener('input', narrow);
	// Words typed into the filter before this code arrived narrow the list now.
	if (filter?.value) narrow();
	form.querySelector('[data-gap-clear]')?.addEventListener('click', () => {
		for (const box of boxes) {
			box.checked = false;
			levelChoice(box);
		}
		render(!previewing);
	});
	// With nothing ticked, saved or asked for, the result stays as built until the first tick, instead
	// of being re-ordered and re-worded under the reader's eyes.
	if (initial.length > 0 || early || saved.length > 0 || select?.value)
		render(!previewing && (linked !== null || early));
}
