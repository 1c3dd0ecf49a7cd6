import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSummedMoney } from '../../hooks/use-summed-money.ts';

export type Measure = 'customers' | 'revenue';

/**
 * Colour and size the pictures by customer count or by revenue; not by revenue when it adds up several
 * currencies (the sizes would add yuan to dollars), which the option then says.
 */
export function MeasureSwitch({ value, onChange }: { value: Measure; onChange: (value: Measure) => void }) {
  const { t } = useTranslation();
  const { mixed } = useSummedMoney();
  return (
    <Segmented<Measure>
      aria-label={t('insights.measure.label')}
      size="small"
      value={mixed ? 'customers' : value}
      onChange={onChange}
      options={[
        { value: 'customers', label: t('insights.measure.customers') },
        {
          value: 'revenue',
          label: <span title={mixed ?? undefined}>{t('insights.measure.revenue')}</span>,
          disabled: mixed !== null,
        },
      ]}
      data-testid="measure-switch"
    />
  );
}
