import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

export type Measure = 'customers' | 'revenue';

/** Colour and size the pictures by customer count or by revenue. */
export function MeasureSwitch({ value, onChange }: { value: Measure; onChange: (value: Measure) => void }) {
  const { t } = useTranslation();
  return (
    <Segmented<Measure>
      size="small"
      value={value}
      onChange={onChange}
      options={[
        { value: 'customers', label: t('insights.measure.customers') },
        { value: 'revenue', label: t('insights.measure.revenue') },
      ]}
      data-testid="measure-switch"
    />
  );
}
