declare namespace App {
	interface Locals {
		/** What the page being built is about, declared by `GeneratedPage` (see `src/lib/guide/pages/pageSubject.ts`). */
		pageSubject?: import('./lib/guide/pages/pageSubject').PageSubject | undefined;
	}
}
