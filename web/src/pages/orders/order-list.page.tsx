import { CloudUploadOutlined, FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ExportButton } from '../../components/export-button.tsx';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useMayImport } from '../../session/session-context.ts';
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

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('order.title')}
        </Typography.Title>
        <Space wrap>
          {isPhone && (
            <Badge count={activeCount} size="small">
              <Button
                icon={<FilterOutlined />}
                aria-label={t('common.filters')}
                aria-expanded={filtersOpen}
                onClick={() => setFiltersOpen((open) => !open)}
              />
            </Badge>
          )}
          <ExportButton kind="orders" filter={filter} compact={isPhone} />
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
    </Flex>
  );
}
