import { z } from 'astro/zod';
import { idRefSchema, lessonIdSchema } from './ids';

/**
 * Fields a lesson's frontmatter has on top of Starlight's own (title, description, …).
 * A lesson is any page under `content/`: a role lesson in `content/roles/` or a cross-role lesson in `content/lessons/`.
 * Starlight applies this schema to generated pages too (comparison, tool and skill pages), which are not
 * lessons, so `readingTime` and `outcomes` are optional here and required of every file under `content/`
 * by `src/lib/guide/checks/`.
 */
export const lessonSchema = z.object({
	/** For a role lesson: the id of the role it presents (the file must be `content/roles/<role>.mdx`). */
	role: idRefSchema('role').optional(),
	/** Estimated reading time in whole minutes (1 to 120); required for lessons. */
	readingTime: z.int().min(1).max(120).optional(),
	/** Lessons worth reading first (lesson ids such as "lessons/ai-vs-ml"). */
	prerequisites: z.array(lessonIdSchema).default([]),
	/** What the reader can do after the lesson, one outcome a line (at least one); required for lessons. */
	outcomes: z.array(z.string().min(1)).min(1).optional(),
	/** The lesson to read next, if any (a lesson id). */
	next: lessonIdSchema.optional(),
});

/** Lesson frontmatter as an author writes it. */
export type LessonInput = z.input<typeof lessonSchema>;
/** Lesson frontmatter as code receives it. */
export type LessonData = z.output<typeof lessonSchema>;
