import { Button, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { orderStatuses } from '../../api/domain.types.ts';
import type { OrderFilter } from '../../api/orders.api.ts';
import { DayRangeFilter } from '../../components/day-range-filter.tsx';
import { CustomerPicker } from '../customers/customer-picker.tsx';

interface OrderFiltersProps {
  filter: OrderFilter;
  onChange: (patch: Partial<OrderFilter>) => void;
  onClear: () => void;
  /** One filter a row (phones) or a wrapping row of fixed widths. */
  stacked: boolean;
}

/** Customer, period (from–to, inclusive) and status of the order list. */
export function OrderFilters({ filter, onChange, onClear, stacked }: OrderFiltersProps) {
  const { t } = useTranslation();
  const width = (desktop: number) => (stacked ? '100%' : desktop);

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }} data-testid="order-filters">
      <CustomerPicker
        placeholder={t('order.filter.customer')}
        style={{ width: width(220) }}
        value={filter.customerId}
        onChange={(customerId) => onChange({ customerId: customerId ?? undefined })}
      />
      <DayRangeFilter
        from={filter.from}
        to={filter.to}
        onChange={onChange}
        fromLabel={t('order.filter.from')}
        toLabel={t('order.filter.to')}
        stacked={stacked}
      />
      <Select
        aria-label={t('order.filter.status')}
        placeholder={t('order.filter.status')}
        style={{ width: width(130) }}
        allowClear
        value={filter.status}
        onChange={(status) => onChange({ status })}
        options={orderStatuses.map((value) => ({ value, label: t(`order.status.${value}`) }))}
      />
      <Button type="link" onClick={onClear}>
        {t('common.clearFilters')}
      </Button>
    </div>
  );
}
