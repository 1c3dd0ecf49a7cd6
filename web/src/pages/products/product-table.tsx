import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { productKeys, productsApi } from '../../api/products.api.ts';
import type { Product } from '../../api/purchase.types.ts';
import { isApiError } from '../../api-client.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useMayManageProducts } from '../../session/session-context.ts';

interface ProductTableProps {
  products: Product[];
  loading: boolean;
  onEdit: (product: Product) => void;
}

/** The product catalogue; on phones one column carrying the essentials. */
export function ProductTable({ products, loading, onEdit }: ProductTableProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const format = useFormat();
  const isPhone = useIsPhone();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const mayManage = useMayManageProducts();

  const deactivate = useMutation({
    mutationFn: (product: Product) => productsApi.update(product.id, { active: false }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: productKeys.all });
      message.success(t('product.deactivated'));
    },
    onError: (error) => showError(error),
  });

  const remove = useMutation({
    mutationFn: (product: Product) => productsApi.remove(product.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: productKeys.all });
      message.success(t('product.deleted'));
    },
    onError: (error, product) => {
      if (!isApiError(error, 409)) return showError(error);
      // Orders use it: say so in the server's words, and offer what is possible instead.
      modal.confirm({
        title: t('product.inUseTitle'),
        content: (
          <Space orientation="vertical" data-testid="product-in-use">
            <Typography.Text>{error.message}</Typography.Text>
            <Typography.Text type="secondary">{t('product.inUseHint')}</Typography.Text>
          </Space>
        ),
        okText: t('product.deactivate'),
        cancelText: t('common.cancel'),
        okButtonProps: { disabled: !product.active },
        onOk: () => deactivate.mutateAsync(product).catch(() => undefined),
      });
    },
  });

  const columns: TableColumnsType<Product> = [
    {
      key: 'name',
      title: t('product.fields.name'),
      render: (_, product) => (
        <Space orientation="vertical" size={0}>
          <Space size={4} wrap>
            <Typography.Text strong>{product.name}</Typography.Text>
            {!product.active && <Tag>{t('product.inactiveBadge')}</Tag>}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[
              product.sku,
              isPhone ? product.category : null,
              isPhone ? format.money(product.listPrice, product.currency) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'category',
      title: t('product.fields.category'),
      responsive: ['md'],
      render: (_, product) => product.category ?? t('common.none'),
    },
    {
      key: 'listPrice',
      title: t('product.fields.listPrice'),
      align: 'right',
      responsive: ['md'],
      render: (_, product) => format.money(product.listPrice, product.currency),
    },
    {
      key: 'unitCost',
      title: t('product.fields.unitCost'),
      align: 'right',
      responsive: ['lg'],
      render: (_, product) => (product.unitCost ? format.money(product.unitCost, product.currency) : t('common.none')),
    },
    {
      key: 'updatedAt',
      title: t('product.fields.updatedAt'),
      responsive: ['xl'],
      render: (_, product) => format.dateTime(product.updatedAt),
    },
  ];
  if (mayManage) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      align: 'right',
      width: 96,
      render: (_, product) => (
        <Space size={0}>
          <Button
            type="text"
            icon={<EditOutlined />}
            aria-label={`${t('common.edit')} ${product.name}`}
            onClick={() => onEdit(product)}
            data-testid="product-edit"
          />
          <Popconfirm
            title={t('product.deleteConfirm')}
            okText={t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => remove.mutateAsync(product).catch(() => undefined)}
          >
            <Button
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={`${t('common.delete')} ${product.name}`}
              data-testid="product-delete"
            />
          </Popconfirm>
        </Space>
      ),
    });
  }

  return (
    <Table<Product>
      rowKey="id"
      size={isPhone ? 'small' : 'middle'}
      columns={columns}
      dataSource={products}
      loading={loading}
      pagination={false}
      showHeader={!isPhone}
      data-testid="product-table"
    />
  );
}
