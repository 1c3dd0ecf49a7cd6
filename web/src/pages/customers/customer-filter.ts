import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { CustomerFilter } from '../../api/customers.api.ts';
import { type ArchivedFilter, archivedFilters, type CustomerSort, customerSorts } from '../../api/domain.types.ts';

export const defaultSort: CustomerSort = '-createdAt';
export const defaultArchived: ArchivedFilter = 'false';

const textKeys = ['q', 'ownerId', 'tag', 'kind', 'source', 'level'] as const;

/** The customer list's filter lives in the URL, so Back and links keep it. */
export function useCustomerFilter() {
  const [params, setParams] = useSearchParams();

  const filter = useMemo<Required<Pick<CustomerFilter, 'archived' | 'sort'>> & CustomerFilter>(() => {
    const result: CustomerFilter = {};
    for (const key of textKeys) {
      const value = params.get(key);
      if (value) result[key] = value;
    }
    const archived = params.get('archived');
    const sort = params.get('sort');
    return {
      ...result,
      archived: archivedFilters.includes(archived as ArchivedFilter) ? (archived as ArchivedFilter) : defaultArchived,
      sort: customerSorts.includes(sort as CustomerSort) ? (sort as CustomerSort) : defaultSort,
    };
  }, [params]);

  const update = useCallback(
    (patch: Partial<CustomerFilter>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch)) {
            const isDefault =
              (key === 'archived' && value === defaultArchived) || (key === 'sort' && value === defaultSort);
            if (value === undefined || value === null || value === '' || isDefault) next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);

  /** Filters that narrow the list (search included; sort is not a filter). */
  const activeCount =
    textKeys.filter((key) => key !== 'q' && filter[key]).length + (filter.archived !== defaultArchived ? 1 : 0);
  const isFiltered = activeCount > 0 || Boolean(filter.q);

  return { filter, update, clear, activeCount, isFiltered };
}
