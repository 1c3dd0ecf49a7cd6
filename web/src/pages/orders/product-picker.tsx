import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { productKeys, productsApi } from '../../api/products.api.ts';
import type { Product } from '../../api/purchase.types.ts';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';

interface ProductPickerProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** The product chosen, with its list price (to fill the line's unit price). */
  onPick?: (product: Product | undefined) => void;
  /** The product of a saved line, shown before any search (it may be inactive now). */
  known?: { id: string; sku: string; name: string } | null;
  id?: string;
}

/** Picks an active product of the catalogue by SKU or name, searching the server. */
export function ProductPicker({ value, onChange, onPick, known, id }: ProductPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const filter = { q: q || undefined, active: 'true' as const, sort: 'name' as const };
  const found = useQuery({
    queryKey: [...productKeys.list(filter), 'picker'],
    queryFn: () => productsApi.list({ ...filter, limit: 20 }),
  });
  const products = found.data?.items ?? [];
  const options = products.map((product) => ({ value: product.id, label: `${product.name} · ${product.sku}` }));
  if (value && known && known.id === value && !options.some((option) => option.value === value))
    options.unshift({ value, label: `${known.name} · ${known.sku}` });

  return (
    <Select<string | null>
      id={id}
      allowClear
      placeholder={t('orderEntry.productPlaceholder')}
      aria-label={t('orderEntry.product')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      value={value ?? null}
      onChange={(next) => {
        onChange?.(next ?? null);
        onPick?.(products.find((product) => product.id === next));
      }}
      options={options}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
