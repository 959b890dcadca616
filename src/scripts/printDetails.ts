/**
 * Opens every disclosure on the page before it is printed (practice answers, the requirements
 * behind "Often asked for", long lists), so a printout is complete, and closes them again afterwards.
 */
const opened: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
	for (const details of document.querySelectorAll<HTMLDetailsElement>('main details:not([open])')) {
		details.open = true;
		opened.push(details);
	}
});
addEventListener('afterprint', () => {
	for (const details of opened.splice(0)) details.open = false;
});
