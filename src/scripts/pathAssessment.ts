/**
 * The self-assessment's script: ranks the roles by the statements ticked, with the reasons, keeps the
 * ticks in the address so a result can be shared. Without it the page lists each role's statements.
 */
import { scoreRoles, type WeightedStatement } from '~/lib/browser/pathScore';
import { pairPath, parseIds, queryParams, roadmapFromPath, withQuery } from '~/lib/browser/pathUrl';
import { roadmapPath } from '~/lib/browser/paths';

interface PathData {
	/** With the starting point a statement names, where it names one. */
	statements: (WeightedStatement & { start?: string })[];
	roles: { id: string; name: string; order: number }[];
}

const form = document.querySelector<HTMLFormElement>('[data-path-form]');
const island = document.getElementById('path-data');
const status = document.querySelector('[data-path-status]');
const share = document.querySelector<HTMLElement>('[data-path-share]');
const list = document.querySelector('[data-path-ranking]');
const live = document.querySelector('[data-live-summary]');
if (form && island && status && share && list) {
	const data = JSON.parse(island.textContent ?? '') as PathData;
	const cards = new Map(
		[...list.querySelectorAll<HTMLElement>('[data-role]')].map((card) => [
			card.dataset['role'] ?? '',
			card,
		]),
	);
	const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="s"]')];
	const known = boxes.map((box) => box.value);
	const roles = new Map(data.roles.map((role) => [role.id, role]));
	const name = (id: string) => roles.get(id)?.name ?? id;
	const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
	const initialLine = live?.textContent ?? '';

	const render = () => {
		const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
		const ranking = scoreRoles(data.statements, ticked, data.roles);
		const query = withQuery(location.search, { [queryParams.statements]: ticked });
		history.replaceState(history.state, '', location.pathname + query + location.hash);
		share.hidden = ranking.length === 0;
		const permalink = share.querySelector('a');
		if (permalink) permalink.href = location.href;
		for (const card of cards.values()) card.hidden = true;
		// A ticked statement about where the reader comes from sets the start of every roadmap and skill gap linked from here.
		const start = data.statements.find((s) => s.start && ticked.includes(s.id))?.start;
		ranking.forEach((score, rank) => {
			const card = cards.get(score.roleId);
			if (!card) return;
			const role = roles.get(score.roleId);
			const other = roles.get(ranking[rank === 0 ? 1 : 0]?.roleId ?? '');
			list.append(card);
			card.hidden = false;
			const scoreLine = card.querySelector('[data-path-score]');
			if (scoreLine)
				scoreLine.textContent = `Score ${score.score} of a possible ${score.max}, from ${plural(score.reasons.length, 'statement')} you ticked:`;
			const bar = card.querySelector<HTMLElement>('[data-path-bar]');
			const fill = bar?.querySelector('span');
			if (bar && fill) {
				bar.hidden = false;
				fill.style.inlineSize = `${Math.round(score.share * 100)}%`;
			}
			for (const reason of card.querySelectorAll<HTMLElement>('[data-reason]'))
				reason.hidden = !score.reasons.includes(reason.dataset['reason'] ?? '');
			const roadmap = card.querySelector<HTMLAnchorElement>('[data-path-roadmap]');
			if (roadmap) {
				roadmap.href =
					start && start !== score.roleId
						? roadmapFromPath(score.roleId, start)
						: roadmapPath(score.roleId);
				roadmap.textContent =
					start && start !== score.roleId ? `Roadmap from where you start` : 'Roadmap';
			}
			const compare = card.querySelector<HTMLAnchorElement>('[data-path-compare]');
			if (compare) {
				compare.hidden = !other || !role;
				if (other && role) {
					compare.href = pairPath(role, other);
					compare.textContent = `Compare with ${other.name}`;
				}
			}
		});
		const top = ranking[0];
		const tied = ranking
			.filter((score) => score.score === top?.score)
			.map((score) => name(score.roleId));
		status.textContent = !top
			? 'Tick the statements that fit you: the roles they point to are ranked here, with the reasons.'
			: `${tied.length > 1 ? `${tied.join(', ')} share the top score of ${top.score}.` : `${tied[0]} fits best, with a score of ${top.score} from ${plural(top.reasons.length, 'statement')}.`} ${ranking.length === 1 ? 'It is the only role that matches' : `${ranking.length} roles match`} what you ticked.`;
		if (live)
			live.textContent = !top
				? initialLine
				: `Best fits so far: ${ranking
						.slice(0, 3)
						.map((score) => `${name(score.roleId)} (${score.score})`)
						.join(', ')}.`;
	};

	const ticked = new Set(
		parseIds(new URLSearchParams(location.search).get(queryParams.statements), known),
	);
	// The boxes are on screen before this script runs: a tick made in that moment is kept.
	for (const box of boxes) box.checked ||= ticked.has(box.value);
	form.addEventListener('change', render);
	form.addEventListener('submit', (event) => event.preventDefault());
	form.querySelector('[data-path-clear]')?.addEventListener('click', () => {
		for (const box of boxes) box.checked = false;
		render();
	});
	render();
}
