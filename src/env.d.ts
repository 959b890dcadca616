declare namespace App {
	interface Locals {
		/** What the page being built is about, declared by `GeneratedPage` (see `src/lib/guide/pageSubject.ts`). */
		pageSubject?: import('./lib/guide/pageSubject').PageSubject | undefined;
	}
}
