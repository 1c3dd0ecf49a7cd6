import { defaultSegmentRules, expandSegmentRules } from '../../../../src/shared/rfm-segment-map.ts';
import type { AnalysisRun, Segment } from '../../api/analytics.types.ts';

/** The segment of each R×F cell (`"54"` → champions) under the run's segment rules. */
export function segmentCells(run: AnalysisRun): Record<string, Segment> {
  return expandSegmentRules(run.settings.segmentRules ?? defaultSegmentRules) as Record<string, Segment>;
}
