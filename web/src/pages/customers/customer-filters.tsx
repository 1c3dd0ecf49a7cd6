import { Button, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CustomerFilter } from '../../api/customers.api.ts';
import { archivedFilters, customerSorts } from '../../api/domain.types.ts';
import { useUsers } from '../../api/users.api.ts';
import { useEnumOptions } from '../../hooks/use-enum-options.ts';

interface CustomerFiltersProps {
  filter: CustomerFilter;
  onChange: (patch: Partial<CustomerFilter>) => void;
  onClear: () => void;
  /** One filter a row (phones) or a wrapping row of fixed widths. */
  stacked: boolean;
}

/** Owner, kind, tag, lead source, relationship level, status and sort of the customer list. */
export function CustomerFilters({ filter, onChange, onClear, stacked }: CustomerFiltersProps) {
  const { t } = useTranslation();
  const options = useEnumOptions();
  const users = useUsers();
  const width = (desktop: number) => (stacked ? '100%' : desktop);

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }} data-testid="customer-filters">
      <Select
        aria-label={t('customer.filter.owner')}
        placeholder={t('customer.filter.owner')}
        style={{ width: width(180) }}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={users.isPending}
        value={filter.ownerId}
        onChange={(ownerId) => onChange({ ownerId })}
        options={(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
      />
      <Select
        aria-label={t('customer.filter.kind')}
        placeholder={t('customer.filter.kind')}
        style={{ width: width(130) }}
        allowClear
        value={filter.kind}
        onChange={(kind) => onChange({ kind })}
        options={options.kind}
      />
      <Select
        aria-label={t('customer.filter.source')}
        placeholder={t('customer.filter.source')}
        style={{ width: width(190) }}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        value={filter.source}
        onChange={(source) => onChange({ source })}
        options={options.leadSource}
      />
      <Select
        aria-label={t('customer.filter.level')}
        placeholder={t('customer.filter.level')}
        style={{ width: width(150) }}
        allowClear
        value={filter.level}
        onChange={(level) => onChange({ level })}
        options={options.level}
      />
      <Input
        aria-label={t('customer.filter.tag')}
        placeholder={t('customer.filter.tag')}
        style={{ width: width(130) }}
        allowClear
        defaultValue={filter.tag}
        key={filter.tag ?? ''}
        onPressEnter={(event) => onChange({ tag: event.currentTarget.value.trim() })}
        onBlur={(event) => onChange({ tag: event.currentTarget.value.trim() })}
        onClear={() => onChange({ tag: undefined })}
      />
      <Select
        aria-label={t('customer.filter.archived')}
        style={{ width: width(110) }}
        value={filter.archived}
        onChange={(archived) => onChange({ archived })}
        options={archivedFilters.map((value) => ({ value, label: t(`customer.archivedFilter.${value}`) }))}
      />
      <Select
        aria-label={t('customer.filter.sort')}
        style={{ width: width(170) }}
        value={filter.sort}
        onChange={(sort) => onChange({ sort })}
        options={customerSorts.map((value) => ({ value, label: t(`customerList.sort.${value}`) }))}
      />
      <Button type="link" onClick={onClear}>
        {t('common.clearFilters')}
      </Button>
    </div>
  );
}
