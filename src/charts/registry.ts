import { communityStaffing, employmentTraining, servicesBuilt, socialSecurity } from "./definitions/followUp";
import { rockyDesertification } from "./definitions/land";
import { partyCoverage, sanbaoAgreements, sourceDisagreements } from "./definitions/organisation";
import { completionTimeline, relocationBatches, whoWasMoved } from "./definitions/relocation";
import { crossCountyMoves } from "./definitions/sites";
import type { ChartDefinition } from "./types";

/**
 * Every chart, in the order the gallery shows them: from the land people left, through the move,
 * to what was built and organised after it, and where the sources disagree.
 */
export const chartRegistry: readonly ChartDefinition[] = [
  rockyDesertification,
  whoWasMoved,
  relocationBatches,
  completionTimeline,
  crossCountyMoves,
  servicesBuilt,
  socialSecurity,
  employmentTraining,
  communityStaffing,
  partyCoverage,
  sanbaoAgreements,
  sourceDisagreements,
] as ChartDefinition[];
