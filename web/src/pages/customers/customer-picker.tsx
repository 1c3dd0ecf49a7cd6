import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { customerKeys, customersApi, useCustomer } from '../../api/customers.api.ts';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';

interface CustomerPickerProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** A customer that must not be offered (the one being edited). */
  excludeId?: string;
  id?: string;
  placeholder?: string;
  style?: CSSProperties;
  disabled?: boolean;
}

/** Picks a customer by searching the server (e.g. the customer who referred this one). */
export function CustomerPicker({ value, onChange, excludeId, id, placeholder, style, disabled }: CustomerPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const filter = { q, archived: 'all' as const, sort: 'name' as const };
  const found = useQuery({
    queryKey: [...customerKeys.list(filter), 'picker'],
    queryFn: () => customersApi.list({ ...filter, limit: 20 }),
  });
  const selected = useCustomer(value);

  const options = (found.data?.items ?? [])
    .filter((customer) => customer.id !== excludeId)
    .map((customer) => ({ value: customer.id, label: customer.name }));
  if (value && selected.data && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: selected.data.name });
  }

  return (
    <Select<string | null>
      id={id}
      allowClear
      placeholder={placeholder ?? t('customer.referredByPlaceholder')}
      aria-label={placeholder}
      style={style}
      disabled={disabled}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      value={value ?? null}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
    />
  );
}
