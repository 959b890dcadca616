/**
 * What the guide is built from: every record as read and validated field by field, with the file it
 * came from. The loaders, the checks and the model all speak these types.
 */
import type { Skill, Tool } from '~/schemas/catalogue';
import type { Figure } from '~/schemas/figure';
import type { Group } from '~/schemas/group';
import type { Resource } from '~/schemas/resource';
import type { Background } from '~/schemas/background';
import type { Interview } from '~/schemas/interview';
import type { Project } from '~/schemas/project';
import type { LessonData } from '~/schemas/lesson';
import type { PairSummary } from '~/schemas/pairSummary';
import type { Pay } from '~/schemas/pay';
import type { RoleData } from '~/schemas/role';
import type { Source } from '~/schemas/source';
import type { Statement } from '~/schemas/statement';
import type { WrittenFact } from './roleLessonFacts';

/** A record together with where it was read from. */
export interface Located<T> {
	/** The record's id. */
	id: string;
	/** The file it was read from, relative to the project root. */
	file: string;
	/** The validated data. */
	data: T;
}

/** Lesson frontmatter plus the Starlight title that every lesson has (a role lesson's comes from its role's record). */
export type LessonRecord = LessonData & {
	title: string;
	description?: string | undefined;
	sidebar?: { order?: number | undefined } | undefined;
	/** The Markdown body, for the checks that read prose (counts, entry-level claims). */
	body?: string | undefined;
	/** For a role lesson: the fields its role's record gives (title, sidebar order) that it wrote anyway, which the lessons check refuses. */
	writtenFacts?: WrittenFact[] | undefined;
};

/** Everything the guide is built from, as loaded and validated field by field. */
export interface GuideInput {
	roles: Located<RoleData>[];
	skills: Located<Skill>[];
	tools: Located<Tool>[];
	/** Groups of alternative skills or tools that roles can require as one. */
	groups: Located<Group>[];
	sources: Located<Source>[];
	figures: Located<Figure>[];
	lessons: Located<LessonRecord>[];
	/** The self-assessment's statements, in file order; every role must be reachable from one. */
	statements: Located<Statement>[];
	/** Written summaries of role pairs; every pair of core roles has one. */
	pairs: Located<PairSummary>[];
	/** Pay and outlook figures for the occupations that stand in for roles. */
	pay: Located<Pay>[];
	/** Outside learning resources that skills and tools point to. */
	resources: Located<Resource>[];
	/** Starting points that are not roles, for personalised roadmaps. */
	backgrounds: Located<Background>[];
	/** Getting-hired data, one record a role (the id is the role's). */
	interviews: Located<Interview>[];
	/** Portfolio project briefs. */
	projects: Located<Project>[];
}

/** Where the self-assessment's statements live, for messages about them. */
export const statementsFile = 'content/data/statements.yaml';

/** Folder under `content/` that holds role lessons, one per role. */
export const roleLessonFolder = 'roles';

/** How a field of one entry of a list file is named in messages: `(entry "docker").`. */
export const entryPrefix = (id: string) => `(entry "${id}").`;
