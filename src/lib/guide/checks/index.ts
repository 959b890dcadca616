/**
 * The guide's checks: every cross-record mistake that field-by-field validation cannot see. Each check
 * is one file of this folder, a function from the guide's input to the problems it finds; this list
 * runs them in the order their problems are reported. A new check is a new file and one line here.
 */
import type { Problem } from '../../ingest/guideError';
import type { GuideInput } from '../../ingest/guideInput';
import { catalogueIdProblems } from './catalogueIds';
import { entryLevelClaimProblems } from './entryLevelClaims';
import { figureSourceProblems } from './figureSources';
import { hiringProblems } from './gettingHired';
import { groupProblems } from './groups';
import { implicationProblems } from './implications';
import { interviewCoverageProblems } from './interviewCoverage';
import { lessonProblems } from './lessons';
import { orphanProblems } from './orphans';
import { pairStepProblems } from './pairSteps';
import { pairSummaryProblems } from './pairSummaries';
import { pairWordingProblems } from './pairWording';
import { payCoverageProblems } from './payCoverage';
import { proseCountProblems } from './proseCounts';
import { referenceProblems } from './references';
import { requirementUseProblems } from './requirementUses';
import { resourceProblems } from './resources';
import { roadmapPhaseProblems } from './roadmapPhases';
import { roleLessonBlockProblems } from './roleLessonBlocks';
import { roleListProblems } from './roleLists';
import { shortNameProblems } from './shortNames';
import { statementProblems } from './statements';
import { topicConceptProblems } from './topicConcepts';

/** One check: its name, and what it finds in the guide's input (nothing when it is consistent). */
export interface Check {
	/** What it checks, in a few words. */
	name: string;
	find: (input: GuideInput) => Problem[];
}

/** Every check, in the order their problems are listed. */
export const checks: readonly Check[] = [
	{ name: 'references to ids that exist', find: referenceProblems },
	{ name: "roles' orders and lists", find: roleListProblems },
	{ name: "requirements' uses", find: requirementUseProblems },
	{ name: 'groups of alternatives', find: groupProblems },
	{ name: 'implications without cycles', find: implicationProblems },
	{ name: 'catalogue ids and names', find: catalogueIdProblems },
	{ name: 'catalogue entries some role uses', find: orphanProblems },
	{ name: 'self-assessment statements', find: statementProblems },
	{ name: 'short names', find: shortNameProblems },
	{ name: 'lessons', find: lessonProblems },
	{ name: 'pair summaries', find: pairSummaryProblems },
	{ name: 'sources of pay figures', find: figureSourceProblems },
	{ name: 'learning resources', find: resourceProblems },
	{ name: 'getting hired', find: hiringProblems },
	{ name: 'roadmap phases', find: roadmapPhaseProblems },
	{ name: 'interview coverage', find: interviewCoverageProblems },
	{ name: 'pair steps', find: pairStepProblems },
	{ name: "pair summaries' wording", find: pairWordingProblems },
	{ name: 'topic concepts', find: topicConceptProblems },
	{ name: 'counts in prose', find: proseCountProblems },
	{ name: 'entry-level claims', find: entryLevelClaimProblems },
	{ name: 'pay coverage', find: payCoverageProblems },
	{ name: "role lessons' data blocks", find: roleLessonBlockProblems },
];

/** Every problem every check finds, in order (an empty list when the guide is consistent). */
export function findProblems(input: GuideInput): Problem[] {
	return checks.flatMap((check) => check.find(input));
}
