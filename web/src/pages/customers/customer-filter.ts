import { useMemo } from 'react';
import { abcClasses } from '../../api/analytics.types.ts';
import type { CustomerFilter } from '../../api/customers.api.ts';
import {
  type ArchivedFilter,
  archivedFilters,
  type CustomerSort,
  customerSorts,
  loyaltyStages,
  rfmSegments,
  valueQuadrants,
  watchLists,
} from '../../api/domain.types.ts';
import { useUrlFilter } from '../../hooks/use-url-filter.ts';

export const defaultSort: CustomerSort = '-createdAt';
export const defaultArchived: ArchivedFilter = 'false';

/** The filters that come from an analysis (Insights' pictures, watch-lists): shown as tags, not in the panel. */
const analysisFilterKeys = ['segment', 'abcClass', 'stage', 'quadrant', 'pyramidId', 'tier', 'watch'] as const;

const specs = {
  q: {},
  ownerId: {},
  tag: {},
  kind: {},
  source: {},
  level: {},
  archived: { values: archivedFilters, default: defaultArchived },
  sort: { values: customerSorts, default: defaultSort },
  segment: { values: [...rfmSegments, 'prospect'] },
  abcClass: { values: abcClasses },
  stage: { values: loyaltyStages },
  quadrant: { values: valueQuadrants },
  pyramidId: {},
  tier: { values: ['1', '2', '3', '4', '5', '6', '7'] },
  watch: { values: watchLists },
};

/** The customer list's filter lives in the URL, so Back, links from Insights and shared links keep it. */
export function useCustomerFilter() {
  const { filter: raw, update, clear, countActive } = useUrlFilter(specs);

  const filter = useMemo(() => {
    const { pyramidId, tier, ...rest } = raw;
    // A pyramid tier needs both halves.
    const pyramid = pyramidId && tier ? { pyramidId, tier } : {};
    return { ...rest, ...pyramid } as Required<Pick<CustomerFilter, 'archived' | 'sort'>> & CustomerFilter;
  }, [raw]);

  /** Filters of the filter panel (the phone's badge counts them); search and sort are not among them. */
  const activeCount = countActive(['q', 'sort', ...analysisFilterKeys]);
  const isFiltered =
    activeCount > 0 || Boolean(filter.q) || analysisFilterKeys.some((key) => filter[key] !== undefined);

  return {
    filter,
    update: update as (patch: Partial<CustomerFilter>) => void,
    clear,
    activeCount,
    isFiltered,
  };
}
