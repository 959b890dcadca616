import { getCollection } from 'astro:content';
import type { Guide, Lesson } from '../guideModel';

/** A cross-role lesson with what the text exports need: its description, reading order and Markdown body. */
export type LessonText = Lesson & { description: string | undefined; order: number; body: string };

let loaded: Promise<LessonText[]> | undefined;

/** The cross-role lessons (`content/lessons/`) in reading order, with their bodies; loaded once per build. */
export function getLessonTexts(guide: Guide): Promise<LessonText[]> {
	loaded ??= getCollection('docs', (e) => e.id.startsWith('lessons/')).then((entries) =>
		entries
			.map((e) => ({
				...guide.lesson(e.id),
				description: e.data.description,
				order: e.data.sidebar.order ?? Number.MAX_SAFE_INTEGER,
				body: e.body ?? '',
			}))
			.sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
	);
	return loaded;
}
