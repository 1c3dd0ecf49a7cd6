import { Button, DatePicker, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { orderStatuses } from '../../api/domain.types.ts';
import type { OrderFilter } from '../../api/orders.api.ts';
import { CustomerPicker } from '../customers/customer-picker.tsx';

interface OrderFiltersProps {
  filter: OrderFilter;
  onChange: (patch: Partial<OrderFilter>) => void;
  onClear: () => void;
  /** One filter a row (phones) or a wrapping row of fixed widths. */
  stacked: boolean;
}

const day = 'YYYY-MM-DD';
const toDay = (value: string | undefined) => (value ? dayjs(value) : null);
const fromDay = (value: Dayjs | null | undefined) => (value ? value.format(day) : undefined);

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
      {stacked ? (
        <>
          <DatePicker
            aria-label={t('order.filter.from')}
            placeholder={t('order.filter.from')}
            style={{ width: '100%' }}
            inputReadOnly
            value={toDay(filter.from)}
            onChange={(value) => onChange({ from: fromDay(value) })}
          />
          <DatePicker
            aria-label={t('order.filter.to')}
            placeholder={t('order.filter.to')}
            style={{ width: '100%' }}
            inputReadOnly
            value={toDay(filter.to)}
            onChange={(value) => onChange({ to: fromDay(value) })}
          />
        </>
      ) : (
        <DatePicker.RangePicker
          placeholder={[t('order.filter.from'), t('order.filter.to')]}
          allowEmpty={[true, true]}
          style={{ width: 260 }}
          value={[toDay(filter.from), toDay(filter.to)]}
          onChange={(range) => onChange({ from: fromDay(range?.[0]), to: fromDay(range?.[1]) })}
        />
      )}
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
