import { Space, Table, type TableColumnsType, type TableProps, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CustomerListItem } from '../../api/customer-list.types.ts';
import type { CustomerSort } from '../../api/domain.types.ts';
import { useEnumLabels } from '../../hooks/use-enum-options.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { defaultSort } from './customer-filter.ts';
import { useWatchReasonText } from './watch-reason-text.ts';

type SortKey = 'name' | 'updatedAt' | 'revenue' | 'lastPurchaseAt' | 'lastContactAt';

interface CustomerTableProps {
  customers: CustomerListItem[];
  loading: boolean;
  sort: CustomerSort;
  onSortChange: (sort: CustomerSort) => void;
  /** The list is a watch-list: show why each customer is on it. */
  watching: boolean;
}

/** The customer list; on phones one column carrying the essentials. Sortable columns set the list's sort. */
export function CustomerTable({ customers, loading, sort, onSortChange, watching }: CustomerTableProps) {
  const { t } = useTranslation();
  const label = useEnumLabels();
  const format = useFormat();
  const isPhone = useIsPhone();
  const reasonText = useWatchReasonText();

  /** A sortable column: name and dates sort as the API does; amounts and activity start with the largest/latest. */
  const sortable = (key: SortKey, firstDirection: SortOrder = 'descend') => ({
    sorter: true,
    sortDirections:
      firstDirection === 'ascend' ? (['ascend', 'descend'] as SortOrder[]) : (['descend', 'ascend'] as SortOrder[]),
    sortOrder: (sort === key ? 'ascend' : sort === `-${key}` ? 'descend' : null) as SortOrder,
  });
  const onChange: TableProps<CustomerListItem>['onChange'] = (_pagination, _filters, sorter) => {
    const { columnKey, order } = Array.isArray(sorter) ? sorter[0] : sorter;
    onSortChange(order ? (`${order === 'descend' ? '-' : ''}${String(columnKey)}` as CustomerSort) : defaultSort);
  };

  const columns: TableColumnsType<CustomerListItem> = [
    {
      key: 'name',
      title: t('customer.fields.name'),
      ...sortable('name', 'ascend'),
      render: (_, customer) => (
        <Space orientation="vertical" size={0}>
          <Space size={4} wrap>
            <Link to={`/customers/${customer.id}`} data-testid="customer-link">
              {customer.name}
            </Link>
            {customer.archived && <Tag>{t('customer.archivedBadge')}</Tag>}
          </Space>
          {customer.matchedContact && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="customer-matched-contact">
              {t('customerList.viaContact', { name: customer.matchedContact.name })}
            </Typography.Text>
          )}
          {isPhone && customer.watchReason && (
            <Typography.Text style={{ fontSize: 12 }}>{reasonText(customer.watchReason)}</Typography.Text>
          )}
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
    ...(watching
      ? [
          {
            key: 'watchReason',
            title: t('customerList.columns.watchReason'),
            responsive: ['md'],
            render: (_: unknown, customer: CustomerListItem) =>
              customer.watchReason ? (
                <span data-testid="customer-watch-reason">{reasonText(customer.watchReason)}</span>
              ) : null,
          } satisfies TableColumnsType<CustomerListItem>[number],
        ]
      : []),
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
      responsive: ['lg'],
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
      responsive: ['xxl'],
      render: (_, customer) => (customer.source ? label.leadSource(customer.source) : t('common.none')),
    },
    {
      key: 'tags',
      title: t('customer.fields.tags'),
      responsive: ['xl'],
      render: (_, customer) => (
        <Space size={[0, 4]} wrap>
          {customer.tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </Space>
      ),
    },
    {
      key: 'revenue',
      title: t('customerList.columns.revenue'),
      align: 'right',
      responsive: ['md'],
      ...sortable('revenue'),
      render: (_, customer) =>
        // In the customer's own currency; a customer who paid in several is said to.
        customer.revenue === null ? t('common.none') : format.sum(customer.revenue, customer.revenueCurrencies),
    },
    {
      key: 'lastPurchaseAt',
      title: t('customerList.columns.lastPurchaseAt'),
      responsive: ['lg'],
      ...sortable('lastPurchaseAt'),
      render: (_, customer) => format.date(customer.lastPurchaseAt),
    },
    {
      key: 'lastContactAt',
      title: t('customerList.columns.lastContactAt'),
      responsive: ['lg'],
      ...sortable('lastContactAt'),
      render: (_, customer) => format.date(customer.lastContactAt),
    },
    {
      key: 'updatedAt',
      title: t('customer.fields.updatedAt'),
      responsive: ['xl'],
      ...sortable('updatedAt'),
      render: (_, customer) => format.dateTime(customer.updatedAt),
    },
  ];

  return (
    <Table<CustomerListItem>
      rowKey="id"
      size={isPhone ? 'small' : 'middle'}
      columns={columns}
      dataSource={customers}
      loading={loading}
      pagination={false}
      showHeader={!isPhone}
      onChange={onChange}
      data-testid="customer-table"
    />
  );
}
