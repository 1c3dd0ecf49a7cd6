import { CloudUploadOutlined, PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { productKeys, productsApi } from '../../api/products.api.ts';
import type { Product } from '../../api/purchase.types.ts';
import { ExportButton } from '../../components/export-button.tsx';
import { ListFooter } from '../../components/list-footer.tsx';
import { ListSearchBar } from '../../components/list-search-bar.tsx';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useDebouncedValue } from '../../hooks/use-debounced-value.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useOverlay } from '../../hooks/use-overlay.ts';
import { useMayImport, useMayManageProducts } from '../../session/session-context.ts';
import { useProductFilter } from './product-filter.ts';
import { ProductFilters } from './product-filters.tsx';
import { ProductFormDrawer } from './product-form.tsx';
import { ProductTable } from './product-table.tsx';

const pageSize = 50;

/** 产品: the catalogue, searched and filtered; admins and the general manager keep it. */
export function ProductListPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const { filter, update, clear, activeCount, isFiltered } = useProductFilter();
  const [search, setSearch] = useState(filter.q ?? '');
  const debouncedSearch = useDebouncedValue(search.trim(), 300);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const productForm = useOverlay<Product>();
  const mayManage = useMayManageProducts();
  const mayImport = useMayImport();

  useEffect(() => {
    if (debouncedSearch === search.trim() && debouncedSearch !== (filter.q ?? '')) update({ q: debouncedSearch });
  }, [debouncedSearch, search, filter.q, update]);

  const products = useInfiniteQuery({
    queryKey: productKeys.list(filter),
    queryFn: ({ pageParam }) => productsApi.list({ ...filter, limit: pageSize, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
  const items = products.data?.pages.flatMap((page) => page.items) ?? [];
  const clearAll = () => {
    setSearch('');
    clear();
  };

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('product.title')}
        </Typography.Title>
        <Space wrap>
          <ExportButton kind="products" filter={filter} compact={isPhone} />
          {mayManage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => productForm.show()} data-testid="product-new">
              {t('product.new')}
            </Button>
          )}
        </Space>
      </Flex>

      <Card size="small" styles={{ body: { padding: isPhone ? 8 : 12 } }}>
        <Flex vertical gap={8}>
          <ListSearchBar
            placeholder={t('product.searchPlaceholder')}
            value={search}
            onChange={setSearch}
            testId="product-search"
            activeFilterCount={activeCount}
            filtersOpen={filtersOpen}
            onToggleFilters={() => setFiltersOpen((open) => !open)}
          />
          {(!isPhone || filtersOpen) && (
            <ProductFilters filter={filter} stacked={isPhone} onChange={update} onClear={clearAll} />
          )}
        </Flex>
      </Card>

      {products.isError && !products.data ? (
        <LoadErrorResult error={products.error} onRetry={() => void products.refetch()} />
      ) : !products.isPending && items.length === 0 ? (
        <Card>
          <Empty description={isFiltered ? t('product.noMatch') : t('product.empty')} data-testid="product-empty">
            {isFiltered ? (
              <Button onClick={clearAll}>{t('common.clearFilters')}</Button>
            ) : (
              <Flex vertical align="center" gap={12}>
                <Typography.Text type="secondary">{t('product.emptyHint')}</Typography.Text>
                <Space wrap style={{ justifyContent: 'center' }}>
                  {mayManage && (
                    <Button type="primary" icon={<PlusOutlined />} onClick={() => productForm.show()}>
                      {t('product.createFirst')}
                    </Button>
                  )}
                  {mayImport && (
                    <Link to="/import?kind=products">
                      <Button icon={<CloudUploadOutlined />}>{t('product.importCatalogue')}</Button>
                    </Link>
                  )}
                </Space>
              </Flex>
            )}
          </Empty>
        </Card>
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <ProductTable
            products={items}
            loading={products.isPending || (products.isFetching && !products.isFetchingNextPage)}
            onEdit={(product) => productForm.show(product)}
          />
          <ListFooter
            countLabel={t('product.count', { count: items.length })}
            hasMore={products.hasNextPage}
            loading={products.isFetchingNextPage}
            onLoadMore={() => void products.fetchNextPage()}
            testId="product-load-more"
          />
        </Card>
      )}

      {productForm.key > 0 && (
        <ProductFormDrawer
          key={productForm.key}
          open={productForm.open}
          product={productForm.payload}
          onClose={productForm.hide}
        />
      )}
    </Flex>
  );
}
