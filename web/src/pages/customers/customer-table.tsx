import { Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Customer } from '../../api/domain.types.ts';
import { useEnumLabels } from '../../hooks/use-enum-options.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';

/** The customer list; on phones one column carrying the essentials. */
export function CustomerTable({ customers, loading }: { customers: Customer[]; loading: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabels();
  const format = useFormat();
  const isPhone = useIsPhone();

  const columns: TableColumnsType<Customer> = [
    {
      key: 'name',
      title: t('customer.fields.name'),
      render: (_, customer) => (
        <Space orientation="vertical" size={0}>
          <Space size={4} wrap>
            <Link to={`/customers/${customer.id}`} data-testid="customer-link">
              {customer.name}
            </Link>
            {customer.archived && <Tag>{t('customer.archivedBadge')}</Tag>}
          </Space>
          {isPhone && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[label.kind(customer.kind), label.level(customer.level), customer.owner?.name]
                .filter(Boolean)
                .join(' · ')}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'kind',
      title: t('customer.fields.kind'),
      responsive: ['md'],
      render: (_, customer) => (
        <Space size={4}>
          {label.kind(customer.kind)}
          {customer.internal && <Tag color="blue">{t('customer.internal.true')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'level',
      title: t('customer.fields.level'),
      responsive: ['md'],
      render: (_, customer) => label.level(customer.level),
    },
    {
      key: 'owner',
      title: t('customer.fields.owner'),
      responsive: ['md'],
      render: (_, customer) => customer.owner?.name ?? t('common.none'),
    },
    {
      key: 'source',
      title: t('customer.fields.source'),
      responsive: ['xl'],
      render: (_, customer) => (customer.source ? label.leadSource(customer.source) : t('common.none')),
    },
    {
      key: 'tags',
      title: t('customer.fields.tags'),
      responsive: ['lg'],
      render: (_, customer) => (
        <Space size={[0, 4]} wrap>
          {customer.tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'updatedAt',
      title: t('customer.fields.updatedAt'),
      responsive: ['lg'],
      render: (_, customer) => format.dateTime(customer.updatedAt),
    },
  ];

  return (
    <Table<Customer>
      rowKey="id"
      size={isPhone ? 'small' : 'middle'}
      columns={columns}
      dataSource={customers}
      loading={loading}
      pagination={false}
      showHeader={!isPhone}
      data-testid="customer-table"
    />
  );
}
