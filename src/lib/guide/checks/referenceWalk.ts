import type { z } from 'astro/zod';
import { type ReferenceTarget, references } from '~/schemas/ids';

/** A value found under a reference field of a record: the id and where it sits. */
export interface FoundReference {
	/** The field's path in the record. @example "skills[3].id" */
	field: string;
	/** The id as written. */
	value: string;
	/** The kinds of record the id may name. */
	targets: readonly ReferenceTarget[];
}

/** The parts of zod's internal definition that the walk reads. */
interface SchemaDef {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	innerType?: z.ZodType;
	out?: z.ZodType;
	valueType?: z.ZodType;
	options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
const join = (base: string, key: string) => (base ? `${base}.${key}` : key);

/**
 * Every reference in a validated record: walks the value alongside its schema and returns each
 * string that sits under a field registered in `references` (see `idRefSchema`). Wrappers
 * (optional, default, preprocess) are looked through, so a reference is found however it is declared.
 * @param schema The schema the value was validated with.
 * @param value The validated value.
 * @param field The path of `value` in its record ("" for the record itself).
 */
export function findReferences(schema: z.ZodType, value: unknown, field = ''): FoundReference[] {
	const meta = references.get(schema);
	if (meta) return typeof value === 'string' ? [{ field, value, targets: meta.targets }] : [];
	const def = defOf(schema);
	switch (def.type) {
		case 'object': {
			if (typeof value !== 'object' || value === null) return [];
			const record = value as Record<string, unknown>;
			return Object.entries(def.shape ?? {}).flatMap(([key, inner]) =>
				key in record ? findReferences(inner, record[key], join(field, key)) : [],
			);
		}
		case 'array':
			return Array.isArray(value)
				? value.flatMap((item, i) => findReferences(def.element!, item, `${field}[${i}]`))
				: [];
		case 'record':
			return typeof value === 'object' && value !== null
				? Object.entries(value).flatMap(([key, item]) =>
						findReferences(def.valueType!, item, join(field, key)),
					)
				: [];
		case 'optional':
		case 'nullable':
		case 'default':
		case 'prefault':
		case 'readonly':
		case 'catch':
		case 'nonoptional':
			return findReferences(def.innerType!, value, field);
		case 'pipe':
			// A preprocess or a transform: the validated value has the shape of the output side.
			return findReferences(def.out!, value, field);
		case 'union':
			return dedupe((def.options ?? []).flatMap((option) => findReferences(option, value, field)));
		default:
			return [];
	}
}

const dedupe = (found: FoundReference[]) => [
	...new Map(found.map((f) => [`${f.field}\u0000${f.value}`, f])).values(),
];
