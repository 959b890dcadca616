/** Text made safe to put in HTML, in element content or a double-quoted attribute. @example escapeHtml('R&D "lab"') // "R&amp;D &quot;lab&quot;" */
export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
