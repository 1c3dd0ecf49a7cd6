import type { ProductFilter } from '../../api/products.api.ts';
import {
  type ProductActiveFilter,
  type ProductSort,
  productActiveFilters,
  productSorts,
} from '../../api/purchase.types.ts';
import { useUrlFilter } from '../../hooks/use-url-filter.ts';

const specs = {
  q: {},
  category: {},
  active: { values: productActiveFilters, default: 'true' },
  sort: { values: productSorts, default: 'name' },
};

/** The product list's filter, kept in the URL. */
export function useProductFilter() {
  const { filter, update, clear, countActive } = useUrlFilter(specs);
  const productFilter: ProductFilter = {
    q: filter.q,
    category: filter.category,
    active: filter.active as ProductActiveFilter,
    sort: filter.sort as ProductSort,
  };
  const activeCount = countActive(['q', 'sort']);
  return {
    filter: productFilter,
    update: update as (patch: Partial<ProductFilter>) => void,
    clear,
    activeCount,
    isFiltered: activeCount > 0 || Boolean(filter.q),
  };
}
