/**
 * Opens every practice question's answer before the page is printed, so a printout is a complete
 * question-and-answer sheet, and closes them again afterwards.
 */
const opened: HTMLDetailsElement[] = [];
addEventListener('beforeprint', () => {
	for (const details of document.querySelectorAll<HTMLDetailsElement>('.questions details:not([open])')) {
		details.open = true;
		opened.push(details);
	}
});
addEventListener('afterprint', () => {
	for (const details of opened.splice(0)) details.open = false;
});
