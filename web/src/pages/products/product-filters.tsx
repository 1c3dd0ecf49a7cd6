import { Button, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ProductFilter, useProductCategories } from '../../api/products.api.ts';
import { productActiveFilters, productSorts } from '../../api/purchase.types.ts';

interface ProductFiltersProps {
  filter: ProductFilter;
  onChange: (patch: Partial<ProductFilter>) => void;
  onClear: () => void;
  /** One filter a row (phones) or a wrapping row of fixed widths. */
  stacked: boolean;
}

/** Category, status (active / inactive / all) and sort of the product list. */
export function ProductFilters({ filter, onChange, onClear, stacked }: ProductFiltersProps) {
  const { t } = useTranslation();
  const categories = useProductCategories();
  const width = (desktop: number) => (stacked ? '100%' : desktop);

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }} data-testid="product-filters">
      <Select
        aria-label={t('product.filter.category')}
        placeholder={t('product.filter.category')}
        style={{ width: width(180) }}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={categories.isPending}
        value={filter.category}
        onChange={(category) => onChange({ category })}
        options={(categories.data ?? []).map((category) => ({ value: category, label: category }))}
      />
      <Select
        aria-label={t('product.filter.active')}
        style={{ width: width(110) }}
        value={filter.active}
        onChange={(active) => onChange({ active })}
        options={productActiveFilters.map((value) => ({ value, label: t(`product.activeFilter.${value}`) }))}
      />
      <Select
        aria-label={t('product.filter.sort')}
        style={{ width: width(150) }}
        value={filter.sort}
        onChange={(sort) => onChange({ sort })}
        options={productSorts.map((value) => ({ value, label: t(`product.sort.${value}`) }))}
      />
      <Button type="link" onClick={onClear}>
        {t('common.clearFilters')}
      </Button>
    </div>
  );
}
