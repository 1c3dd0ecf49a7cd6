import { CloudUploadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { ExportButton } from '../../components/export-button.tsx';
import { FilterToggle } from '../../components/filter-toggle.tsx';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useMayImport } from '../../session/session-context.ts';
import { NewOrderButton } from './new-order-button.tsx';
import { OrderDetailDrawer } from './order-detail-drawer.tsx';
import { useOrderFilter } from './order-filter.ts';
import { OrderFilters } from './order-filters.tsx';
import { OrderList } from './order-list.tsx';

/** 订单: every order the user may see (a relationship manager: their customers'), newest first. */
export function OrderListPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const mayImport = useMayImport();
  const { filter, update, clear, activeCount, isFiltered } = useOrderFilter();
  const [filtersOpen, setFiltersOpen] = useState(false);
  // `?order=<id>` opens one order (the audit log links to orders so).
  const [params, setParams] = useSearchParams();
  const linkedOrder = params.get('order');
  const closeLinkedOrder = () =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('order');
        return next;
      },
      { replace: true },
    );

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('order.title')}
        </Typography.Title>
        <Space wrap>
          {isPhone && (
            <FilterToggle
              open={filtersOpen}
              activeCount={activeCount}
              onToggle={() => setFiltersOpen((open) => !open)}
            />
          )}
          <ExportButton kind="orders" filter={filter} compact={isPhone} />
          <NewOrderButton compact={isPhone} />
        </Space>
      </Flex>

      {(!isPhone || filtersOpen) && (
        <Card size="small" styles={{ body: { padding: isPhone ? 8 : 12 } }}>
          <OrderFilters filter={filter} stacked={isPhone} onChange={update} onClear={clear} />
        </Card>
      )}

      <OrderList
        filter={filter}
        empty={isFiltered ? t('order.noMatch') : t('order.empty')}
        emptyAction={
          isFiltered ? (
            <Button onClick={clear}>{t('common.clearFilters')}</Button>
          ) : (
            <Flex vertical align="center" gap={12}>
              <Typography.Text type="secondary">{t('order.emptyHint')}</Typography.Text>
              <NewOrderButton />
              {mayImport && (
                <Link to="/import?kind=orders">
                  <Button type="primary" icon={<CloudUploadOutlined />}>
                    {t('order.importOrders')}
                  </Button>
                </Link>
              )}
            </Flex>
          )
        }
      />
      {linkedOrder && <OrderDetailDrawer orderId={linkedOrder} open onClose={closeLinkedOrder} />}
    </Flex>
  );
}
