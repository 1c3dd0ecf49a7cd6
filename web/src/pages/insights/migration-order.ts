import { abcClasses, type MigrationDimension } from '../../api/analytics.types.ts';
import { loyaltyStages, rfmSegments } from '../../api/domain.types.ts';

/** The values of a dimension in their natural order (best segment first, ladder order for stages). */
export const dimensionValues: Record<MigrationDimension, readonly string[]> = {
  segment: [...rfmSegments, 'prospect'],
  class: abcClasses,
  stage: loyaltyStages,
};

/** The customers-list filter that selects a value of a dimension. */
export const dimensionFilter = { segment: 'segment', class: 'abcClass', stage: 'stage' } as const;

/** The values that occur in the cells, in natural order (unknown ones last). */
export function presentValues(by: MigrationDimension, cells: { from: string; to: string }[]): string[] {
  const seen = new Set(cells.flatMap((cell) => [cell.from, cell.to]));
  const known = dimensionValues[by].filter((value) => seen.has(value));
  const unknown = [...seen].filter((value) => !dimensionValues[by].includes(value)).sort();
  return [...known, ...unknown];
}
