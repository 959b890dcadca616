// @ts-check
/**
 * Synthetic roles for the build-growth benchmark.
 *
 * Choice: the real content stays as it is (its 13 roles, the whole skills and tools catalogue, sources,
 * figures and lessons) and synthetic roles are added on top until the guide has the wanted number.
 * So the 13-role build is the real site, every catalogue entry stays used by some real role, and
 * every synthetic role points only at real skill, tool and source ids.
 *
 * Synthetic role k takes real role k mod 13 as its template and a domain ("Healthcare", "Fintech", …)
 * as its name prefix: "Healthcare ML Engineer", id `healthcare-ml-engineer`. From the template it
 * keeps responsibilities, stages, ratio, sources, and most skills and tools (the first three skills
 * and the first tool always, the others each with 80% chance), and it adds two other skills and two
 * other tools from the catalogue, so that comparisons differ. Every field a lesson section shows is
 * filled (from the template or generated), so every synthetic lesson has all the sections of
 * `src/lib/guide/roleSections.ts`, in order, each with its `<Role.X />` block. The generator is
 * deterministic: the same inputs give the same files.
 *
 * Statements (`content/data/statements.yaml`, when the project has that collection): every statement
 * that weights a synthetic role's template role weights the synthetic role too, with the same weight.
 *
 * A lesson's title and sidebar order come from its role's record (`src/lib/ingest/roleLessonFacts.ts`),
 * so a synthetic lesson does not write them, unless the project's own role lessons do (a copy of an
 * older commit, with `--ref`).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

/**
 * A role record as written in `content/data/roles/<id>.yaml` (see `src/schemas/role.ts`).
 * @typedef {object} RoleYaml
 * @property {string} name
 * @property {number} order
 * @property {'core' | 'related'} tier
 * @property {string[]} [shortNames]
 * @property {string} summary
 * @property {string} focus
 * @property {{ code: number, research: number, source: string }} [ratio]
 * @property {string[]} [background]
 * @property {string[]} responsibilities
 * @property {string[]} [typicalDay]
 * @property {{ id: string, importance: string, level?: string, use?: string }[]} [skills]
 * @property {{ id: string, importance: string, level?: string, use?: string }[]} [tools]
 * @property {string[]} [projects]
 * @property {{ level: string, title: string, source?: string, experience?: string, expects?: Record<string, string> }[]} [ladder]
 * @property {string[]} [fitsYouIf]
 * @property {{ name: string, goal: string, topics: string[] }[]} [roadmap]
 * @property {string[]} [related]
 * @property {Record<string, unknown>[]} [stages]
 * @property {{ outlook: string, reason: string, hiredBy?: string[], source: string }} [market]
 * @property {string[]} sources
 */

/**
 * What the generator needs from the real content.
 * @typedef {object} RealContent
 * @property {{ id: string, data: RoleYaml }[]} roles The real roles, in order.
 * @property {string[]} skillIds
 * @property {string[]} toolIds
 * @property {Record<string, unknown>[] | undefined} statements The statements list, when the project has one.
 * @property {boolean} lessonsWriteFacts Whether the project's role lessons write their title and sidebar order themselves.
 */

/**
 * A section of a role lesson: its heading id and text (parsed from `src/lib/guide/roleSections.ts`).
 * @typedef {{ id: string, heading: string, block: string }} SectionHeading
 */

/**
 * One generated role with its files' contents.
 * @typedef {object} SyntheticRole
 * @property {string} id
 * @property {string} template The id of the real role it was made from.
 * @property {RoleYaml} data The record, as the YAML file holds it.
 * @property {string} yaml The text of `content/data/roles/<id>.yaml`.
 * @property {string} lesson The text of `content/roles/<id>.mdx`.
 */

const domains = [
	'Healthcare',
	'Fintech',
	'Robotics',
	'Retail',
	'Edge',
	'Security',
	'Climate',
	'Gaming',
	'Legal',
	'Energy',
	'Automotive',
	'Biotech',
	'Insurance',
	'Logistics',
	'Media',
	'Telecom',
	'Agritech',
	'Public Sector',
	'Education',
	'Aerospace',
];

/**
 * Reads the section ids and headings, in order, from the source of `src/lib/guide/roleSections.ts`
 * (the `roleSections` list), so that the generator follows the project's list without importing
 * TypeScript.
 * @param {string} source The file's text.
 * @returns {SectionHeading[]}
 */
export function parseRoleSections(source) {
	const list = /export const roleSections\b[^=]*=\s*\[([\s\S]*?)\n\];/.exec(source)?.[1];
	if (!list) throw new Error('Cannot find the roleSections list in src/lib/guide/roleSections.ts.');
	const sections = [
		...list.matchAll(
			/\{\s*id:\s*(['"])(.+?)\1\s*,\s*heading:\s*(['"])(.+?)\3\s*,\s*block:\s*(['"])(.+?)\5/g,
		),
	].map((m) => ({ id: m[2] ?? '', heading: m[4] ?? '', block: m[6] ?? '' }));
	if (sections.length === 0)
		throw new Error(
			'The roleSections list in src/lib/guide/roleSections.ts has no { id, heading, block } entries the benchmark can read.',
		);
	return sections;
}

/**
 * Reads what the generator needs from a project's `content/`.
 * @param {string} root The project (or copy) root.
 * @returns {RealContent}
 */
export function readRealContent(root) {
	const rolesDir = join(root, 'content/data/roles');
	const roles = readdirSync(rolesDir)
		.filter((f) => /\.ya?ml$/.test(f))
		.map((f) => ({
			id: f.replace(/\.ya?ml$/, ''),
			data: /** @type {RoleYaml} */ (yaml.load(readFileSync(join(rolesDir, f), 'utf8'))),
		}))
		.sort((a, b) => a.data.order - b.data.order);
	/** @param {string} file */
	const ids = (file) =>
		/** @type {{ id: string }[]} */ (yaml.load(readFileSync(join(root, file), 'utf8'))).map(
			(r) => r.id,
		);
	const statementsFile = join(root, 'content/data/statements.yaml');
	const statements = existsSync(statementsFile)
		? /** @type {Record<string, unknown>[]} */ (
				yaml.load(readFileSync(statementsFile, 'utf8')) ?? []
			)
		: undefined;
	// Members of groups of alternatives are left out of the pool extra entries are drawn from: a role
	// that requires a group may not list one of its members too.
	const groupsFile = join(root, 'content/data/groups.yaml');
	const grouped = new Set(
		existsSync(groupsFile)
			? /** @type {{ members: string[] }[]} */ (
					yaml.load(readFileSync(groupsFile, 'utf8'))
				).flatMap((g) => g.members)
			: [],
	);
	// So are entries that others build on: added as nice-to-haves, they could sit under a must-have,
	// which the roadmap check refuses.
	/** @param {string} file */
	const implied = (file) =>
		/** @type {{ implies?: string[] }[]} */ (
			yaml.load(readFileSync(join(root, file), 'utf8'))
		).flatMap((r) => r.implies ?? []);
	const builtOn = new Set([
		...implied('content/data/skills.yaml'),
		...implied('content/data/tools.yaml'),
	]);
	const loose = (/** @type {string[]} */ list) =>
		list.filter((id) => !grouped.has(id) && !builtOn.has(id));
	const firstLesson = join(root, 'content/roles', `${roles[0]?.id}.mdx`);
	const lessonFront = existsSync(firstLesson)
		? (/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(firstLesson, 'utf8'))?.[1] ?? '')
		: '';
	const lessonsWriteFacts = /^title:/m.test(lessonFront);
	return {
		roles,
		skillIds: loose(ids('content/data/skills.yaml')),
		toolIds: loose(ids('content/data/tools.yaml')),
		statements,
		lessonsWriteFacts,
	};
}

/**
 * A small deterministic random number generator (mulberry32), so the same role gets the same data.
 * @param {number} seed
 * @returns {() => number} Numbers in [0, 1).
 */
function random(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * Lower-case words joined by hyphens (as `slugify` in `src/util/slugify.ts`).
 * @param {string} text
 * @returns {string}
 */
export function slugify(text) {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/**
 * Generates the synthetic roles that bring the guide to `total` roles.
 * @param {RealContent} real
 * @param {SectionHeading[]} sections The role lesson sections, in order.
 * @param {number} total The number of roles wanted, real ones included (at least the real count).
 * @returns {SyntheticRole[]}
 */
export function syntheticRoles(real, sections, total) {
	if (total < real.roles.length)
		throw new Error(
			`Cannot build ${total} roles: the real content already has ${real.roles.length}, and the benchmark only adds roles.`,
		);
	const taken = new Set(real.roles.map((r) => r.id));
	const names = new Set(
		real.roles.flatMap((r) => [r.id, ...(r.data.shortNames ?? []).map(slugify)]),
	);
	const firstOrder = Math.max(0, ...real.roles.map((r) => r.data.order)) + 1;
	const roleIds = real.roles.map((r) => r.id);
	/** @type {SyntheticRole[]} */
	const made = [];
	for (let k = 0; made.length < total - real.roles.length; k++) {
		const template = real.roles[k % real.roles.length];
		if (!template) throw new Error('The real content has no roles to use as templates.');
		const round = Math.floor(k / (real.roles.length * domains.length));
		const domain = `${domains[Math.floor(k / real.roles.length) % domains.length]}${round > 0 ? ` ${round + 1}` : ''}`;
		const name = `${domain} ${template.data.name}`;
		const id = slugify(name);
		if (taken.has(id)) continue;
		taken.add(id);
		names.add(id);
		const rand = random(k + 1);
		const data = roleFrom(template, {
			name,
			domain,
			order: firstOrder + made.length,
			rand,
			real,
			roleIds,
			names,
		});
		roleIds.push(id);
		made.push({
			id,
			template: template.id,
			data,
			yaml: roleYaml(id, data),
			lesson: lessonMdx(id, data, domain, sections, real.lessonsWriteFacts),
		});
	}
	return made;
}

/**
 * @param {{ id: string, data: RoleYaml }} template
 * @param {{ name: string, domain: string, order: number, rand: () => number, real: RealContent, roleIds: string[], names: Set<string> }} options
 * @returns {RoleYaml}
 */
function roleFrom(template, { name, domain, order, rand, real, roleIds, names }) {
	const t = template.data;
	const lower = domain.toLowerCase();
	/** @param {{ id: string, importance: string, level?: string, use?: string }} entry */
	const asObject = (entry) => ({ ...entry });
	/**
	 * Keeps the first `keep` entries, the others each with 80% chance, then adds `extra` entries from the pool.
	 * @template {{ id: string }} T
	 * @param {T[]} list @param {number} keep @param {string[]} pool @param {number} extra @param {(id: string) => T} make
	 */
	const vary = (list, keep, pool, extra, make) => {
		const kept = list.filter((_, i) => i < keep || rand() < 0.8);
		const have = new Set(kept.map((e) => e.id));
		const candidates = pool.filter((p) => !have.has(p));
		for (let i = 0; i < extra && candidates.length > 0; i++) {
			const [picked] = candidates.splice(Math.floor(rand() * candidates.length), 1);
			if (picked) kept.push(make(picked));
		}
		return kept;
	};
	const skills = vary((t.skills ?? []).map(asObject), 3, real.skillIds, 2, (skillId) => ({
		id: skillId,
		importance: 'plus',
		level: 'foundation',
		use: `Needed for ${lower} work (${skillId})`,
	}));
	const tools = vary((t.tools ?? []).map(asObject), 1, real.toolIds, 2, (toolId) => ({
		id: toolId,
		importance: 'plus',
		use: `Common in ${lower} teams (${toolId})`,
	}));
	const shortNames = (t.shortNames ?? [])
		.map((s) => `${domain} ${s}`)
		.filter((s) => {
			const key = slugify(s);
			if (names.has(key)) return false;
			names.add(key);
			return true;
		});
	const others = roleIds.filter((r) => r !== template.id);
	const related = [template.id];
	while (related.length < 3 && others.length > 0) {
		const [picked] = others.splice(Math.floor(rand() * others.length), 1);
		if (picked) related.push(picked);
	}
	const prefixed = `For ${lower} teams: ${t.summary.charAt(0).toLowerCase()}${t.summary.slice(1)}`;
	const focus = `${t.focus} (${lower})`;
	const source = t.sources[0] ?? 'unknown-source';
	/** @type {RoleYaml} */
	const role = {
		name,
		order,
		// Related, not core: every pair of core roles needs a written summary, which generated roles lack.
		tier: 'related',
		shortNames,
		summary: prefixed.length <= 200 ? prefixed : t.summary,
		focus: focus.length <= 60 ? focus : t.focus,
		background: t.background?.length ? t.background : ['Software engineering'],
		responsibilities: t.responsibilities,
		typicalDay: t.typicalDay ?? [
			`Reviews overnight results from the ${lower} models the team owns.`,
			'Stand-up with the team, then answers questions from the people who use its work.',
			`Works with ${lower} specialists on the next change to ship.`,
			'Writes up what was learned and plans the next experiment.',
		],
		skills,
		tools,
		projects: t.projects?.length
			? t.projects
			: [
					`Build a first ${lower} prototype end to end.`,
					`Evaluate an existing ${lower} system and report its weak points.`,
				],
		// A plain ladder in the role's own name: a related role needs no expectations for its rungs.
		ladder: [
			{ level: 'junior', title: `Junior ${name}` },
			{ level: 'mid', title: name },
			{ level: 'senior', title: `Senior ${name}` },
			{ level: 'manager', title: `${name} Lead` },
		],
		fitsYouIf: t.fitsYouIf?.length
			? t.fitsYouIf
			: [`You are curious about ${lower}.`, 'You like seeing your work used by real people.'],
		related,
		// The template's phases, less the requirements this role dropped.
		roadmap: (t.roadmap ?? [])
			.map((phase) => ({
				...phase,
				topics: phase.topics.filter((id) =>
					[...skills, ...tools].some((r) => r.id === id && r.importance !== 'plus'),
				),
			}))
			.filter((phase) => phase.topics.length > 0),
		stages: t.stages ?? [],
		market: t.market ?? {
			outlook: 'competitive',
			reason: `Few ${lower} teams hire for the role yet, so openings are contested.`,
			hiredBy: ['enterprises'],
			source,
		},
		sources: t.sources,
	};
	if (t.ratio) role.ratio = t.ratio;
	return role;
}

/**
 * @param {string} id @param {RoleYaml} data
 * @returns {string}
 */
function roleYaml(id, data) {
	const { ratio, ...rest } = data;
	// Keep the field order of the real files: ratio comes after focus.
	/** @type {Record<string, unknown>} */
	const ordered = {};
	for (const [key, value] of Object.entries(rest)) {
		ordered[key] = value;
		if (key === 'focus' && ratio) ordered['ratio'] = ratio;
	}
	return `# Synthetic role for the build-growth benchmark (scripts/bench/syntheticContent.mjs): /roles/${id}/.\n${yaml.dump(ordered, { lineWidth: -1, noRefs: true })}`;
}

/**
 * @param {string} id @param {RoleYaml} data @param {string} domain @param {SectionHeading[]} sections
 * @param {boolean} writeFacts Whether to write the title and sidebar order (the project's lessons do).
 * @returns {string}
 */
function lessonMdx(id, data, domain, sections, writeFacts) {
	const lower = domain.toLowerCase();
	const front = yaml.dump(
		{
			...(writeFacts && { title: data.name }),
			description: `What the ${data.name} role involves, the skills and tools the job needs, a typical day and the career ladder.`,
			role: id,
			readingTime: 5,
			outcomes: [
				`Explain what the ${data.name} role involves.`,
				'Name the skills and tools the role relies on.',
				'Judge whether the role suits you.',
			],
			...(writeFacts && { sidebar: { order: data.order } }),
		},
		{ lineWidth: -1 },
	);
	const prose = (/** @type {string} */ topic) =>
		`In ${lower}, ${topic} depends on the data the team can reach and the rules the sector sets. People in this role ` +
		`learn the vocabulary of the ${lower} experts they work with, and the work changes as those experts' needs change. ` +
		'Most teams start small, prove one result and then grow the work from there.';
	const body = sections.map(
		(s) =>
			`## ${s.heading}\n\n<Role.${s.block} />\n\n${prose(s.heading.toLowerCase().replace(/\?$/, ''))}\n`,
	);
	return `---\n${front}---\n\nimport * as Role from '~/components/role';\n\n<Role.Summary />\n\n${prose('the role')}\n\n${body.join('\n')}`;
}

/**
 * The self-assessment statements (`content/data/statements.yaml`, schema `src/schemas/statement.ts`)
 * with the synthetic roles added: every statement that weights a synthetic role's template role also
 * weights the synthetic role, with the same weight (a "Healthcare ML Engineer" suits whoever an ML
 * Engineer suits), and each synthetic role gets a statement of its own ("I want to work as a
 * Healthcare ML Engineer") that ranks it first, as the integrity checks require of every role.
 * The input is not changed.
 * @param {Record<string, unknown>[]} statements The real statements, as written.
 * @param {SyntheticRole[]} roles
 * @returns {Record<string, unknown>[]} Every statement, in the same order, then the new ones.
 */
export function syntheticStatements(statements, roles) {
	/** @typedef {{ role: string, weight: number }} Weight */
	const updated = statements.map((s) => ({
		...s,
		computed: s['start'] !== undefined,
		weights: [.../** @type {Weight[]} */ (Array.isArray(s['weights']) ? s['weights'] : [])],
	}));
	for (const role of roles) {
		let pointed = false;
		// Statements with a starting point have computed weights, which take in the new roles by themselves.
		for (const statement of updated.filter((s) => !s.computed)) {
			const weight = statement.weights.find((w) => w.role === role.template)?.weight;
			if (weight === undefined) continue;
			statement.weights.push({ role: role.id, weight });
			pointed = true;
		}
		if (!pointed) updated.find((s) => !s.computed)?.weights.push({ role: role.id, weight: 1 });
	}
	const group = statements[0]?.['group'] ?? 'enjoy';
	return [
		...updated.map(({ computed: _, ...s }) => s),
		...roles.map((role) => ({
			id: `wants-${role.id}`,
			group,
			text: `I want to work as a ${role.data.name}`,
			weights: [{ role: role.id, weight: 3 }],
		})),
	];
}

/**
 * Writes synthetic roles into a project copy so that it has `total` roles: one YAML record and one
 * lesson each, plus statements when the project has them.
 * @param {string} root The copy's root.
 * @param {number} total
 * @returns {{ real: number, added: number }}
 */
export function writeSyntheticContent(root, total) {
	const real = readRealContent(root);
	const sections = parseRoleSections(
		readFileSync(join(root, 'src/lib/guide/roleSections.ts'), 'utf8'),
	);
	const roles = syntheticRoles(real, sections, total);
	for (const role of roles) {
		writeFileSync(join(root, 'content/data/roles', `${role.id}.yaml`), role.yaml);
		writeFileSync(join(root, 'content/roles', `${role.id}.mdx`), role.lesson);
	}
	if (real.statements && roles.length > 0) {
		const statements = syntheticStatements(real.statements, roles);
		const header =
			'# The real statements, with weights for the synthetic roles of the build-growth benchmark added.\n';
		writeFileSync(
			join(root, 'content/data/statements.yaml'),
			header + yaml.dump(statements, { lineWidth: -1, noRefs: true, flowLevel: 3 }),
		);
	}
	return { real: real.roles.length, added: roles.length };
}
