import { type OrderStatus, orderStatuses } from '../../api/domain.types.ts';
import type { OrderFilter } from '../../api/orders.api.ts';
import { useUrlFilter } from '../../hooks/use-url-filter.ts';

const specs = { customerId: {}, from: {}, to: {}, status: { values: orderStatuses } };

/** The order list's filter, kept in the URL. */
export function useOrderFilter() {
  const { filter, update, clear, countActive } = useUrlFilter(specs);
  const orderFilter: OrderFilter = {
    customerId: filter.customerId,
    from: filter.from,
    to: filter.to,
    status: filter.status as OrderStatus | undefined,
  };
  const activeCount = countActive(['to']);
  return {
    filter: orderFilter,
    update: update as (patch: Partial<OrderFilter>) => void,
    clear,
    activeCount,
    isFiltered: activeCount > 0 || Boolean(filter.to),
  };
}
