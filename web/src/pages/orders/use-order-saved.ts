import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { customerKeys } from '../../api/customers.api.ts';
import { orderKeys } from '../../api/orders.api.ts';
import type { OrderDetail } from '../../api/purchase.types.ts';
import { timelineKeys } from '../../api/timeline.api.ts';

/** After an order was saved: its lists, the customer's purchase summary and timeline, and the customer lists refresh. */
export function useOrderSaved() {
  const queryClient = useQueryClient();
  return useCallback(
    (saved: OrderDetail) => {
      queryClient.setQueryData(orderKeys.detail(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: orderKeys.all });
      void queryClient.invalidateQueries({ queryKey: timelineKeys.all });
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
    },
    [queryClient],
  );
}
