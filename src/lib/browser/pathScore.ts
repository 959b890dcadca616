/**
 * Scoring for the "Find your path" self-assessment. Pure functions over plain data: the build uses them
 * to render the page and the page's script uses them in the browser, so nothing here may import
 * `astro:content`, Node modules or the guide loader.
 */

/** A statement as scoring needs it: its id and the roles it points to, with weights. */
export interface WeightedStatement {
	/** The statement's id. */
	id: string;
	/** The roles it points to, each with a weight from 1 to 3. */
	weights: readonly { role: string; weight: number }[];
}

/** One role in the ranking, with the ticked statements that put it there. */
export interface RoleScore {
	/** The role's id. */
	roleId: string;
	/** The sum of the weights of the ticked statements that point to the role. */
	score: number;
	/** The most the role can score: the sum of the weights of every statement that points to it. */
	max: number;
	/** `score / max`, 0 to 1; 0 for a role no statement points to. */
	share: number;
	/** Ids of the ticked statements that point to the role, in statement order. */
	reasons: string[];
}

/** The statements that point to a role, with their weight for it, in statement order. */
export function statementsFor(
	statements: readonly WeightedStatement[],
	roleId: string,
): { id: string; weight: number }[] {
	return statements.flatMap((s) =>
		s.weights.filter((w) => w.role === roleId).map((w) => ({ id: s.id, weight: w.weight })),
	);
}

/**
 * Ranks roles by how strongly the ticked statements point to them: highest score first, then the
 * higher share of the role's maximum, then the roles' display order, so ties are stable. Roles no
 * ticked statement points to are left out, so ticking nothing gives an empty ranking. Ticked ids that
 * are not statements, and weights for roles not in `roles`, are ignored.
 * @param statements Every statement, in page order.
 * @param ticked Ids of the statements the reader ticked, in any order.
 * @param roles The roles to rank, in display order.
 * @example scoreRoles(statements, ['devops-sre-background'], roles)[0].roleId // "mlops-engineer"
 */
export function scoreRoles(
	statements: readonly WeightedStatement[],
	ticked: Iterable<string>,
	roles: readonly { id: string }[],
): RoleScore[] {
	const on = new Set(ticked);
	return roles
		.map((role, position) => {
			let score = 0;
			let max = 0;
			const reasons: string[] = [];
			for (const { id, weight } of statementsFor(statements, role.id)) {
				max += weight;
				if (!on.has(id)) continue;
				score += weight;
				reasons.push(id);
			}
			return { roleId: role.id, score, max, share: max === 0 ? 0 : score / max, reasons, position };
		})
		.filter((r) => r.score > 0)
		.sort((a, b) => b.score - a.score || b.share - a.share || a.position - b.position)
		.map(({ position: _, ...score }) => score);
}
