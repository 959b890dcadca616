/**
 * A reader's ticks with how well they know each thing, as they travel in URLs and in the progress
 * store: `id` for the default level (working), `id:foundation` or `id:deep` otherwise. Pure and
 * dependency-free, shared by the skill gap, the roadmaps and the build. What only the skill gap's
 * form uses is in `tickChoices`, so that the roadmap's start-up script does not carry it.
 */
import { type Level, defaultLevel, levels } from '~/util/vocabulary';

/** A tick: an id and the level the reader has it at. */
export interface Tick {
	id: string;
	level: Level;
}

/** A tick as text. @example tickText({ id: 'sql', level: 'deep' }) // "sql:deep" */
export function tickText({ id, level }: Tick): string {
	return level === defaultLevel ? id : `${id}:${level}`;
}

/** A tick read from text, or `undefined` when it is not one. @example parseTick('sql:deep') // { id: 'sql', level: 'deep' } */
export function parseTick(text: string): Tick | undefined {
	const match = /^([a-z0-9-]+)(?::([a-z]+))?$/.exec(text.trim().toLowerCase());
	if (!match?.[1]) return undefined;
	const level = match[2] === undefined ? defaultLevel : levels.find((l) => l === match[2]);
	return level ? { id: match[1], level } : undefined;
}

/** The ticks among some texts (a stored list, a URL's comma-separated value split up), leaving out what is not one. */
export function ticksIn(texts: Iterable<string>): Tick[] {
	return [...texts].map(parseTick).filter((t): t is Tick => t !== undefined);
}

/** The tick of a concept inside a broad topic: the topic's id and the concept's, joined. @example conceptTick('ml-fundamentals', 'cross-validation') // "ml-fundamentals--cross-validation" */
export function conceptTick(topicId: string, conceptId: string): string {
	return `${topicId}--${conceptId}`;
}
