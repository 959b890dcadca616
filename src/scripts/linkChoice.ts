/**
 * What to do with progress that arrives in a shared link when the reader has progress of their own
 * on the page: the page shows the link's progress as a preview and asks, with three buttons, whether
 * to keep their own, merge the two or replace theirs. Nothing is saved until they choose.
 */

/** The reader's answer. */
export type LinkChoice = 'keep' | 'merge' | 'replace';

/**
 * Shows the question in `notice` and resolves with the reader's choice, then clears the notice.
 * @param mine How many ticks the reader has saved on this page. @param theirs How many the link brings.
 */
export function askAboutLink(
	notice: HTMLElement,
	mine: number,
	theirs: number,
): Promise<LinkChoice> {
	return new Promise((resolve) => {
		const text = Object.assign(document.createElement('span'), {
			textContent: `You are looking at the progress in the link you opened (${theirs} ticked). Your own saved progress (${mine} ticked) is unchanged until you choose: `,
		});
		const button = (label: string, choice: LinkChoice) => {
			const b = Object.assign(document.createElement('button'), {
				type: 'button',
				className: 'path-button',
				textContent: label,
			});
			b.addEventListener('click', () => {
				notice.replaceChildren();
				notice.hidden = true;
				resolve(choice);
			});
			return b;
		};
		notice.replaceChildren(
			text,
			button('Keep mine', 'keep'),
			' ',
			button('Merge both', 'merge'),
			' ',
			button('Replace mine with the link', 'replace'),
		);
		notice.hidden = false;
		notice.dataset['linkChoice'] = '';
	});
}
