import { Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { NeglectedCustomer } from '../../api/reports.api.ts';
import { segmentTagColors, stageTagColors, useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useSummedMoney } from '../../hooks/use-summed-money.ts';

interface NeglectedCustomerTableProps {
  customers: NeglectedCustomer[];
  loading?: boolean;
  /** The customers picked for tasks, on every card of the page; none: no check boxes. */
  selection?: { selected: ReadonlySet<string>; onChange: (selected: Set<string>) => void };
}

/** The neglected customers of one relationship manager: when last contacted, what they are worth. */
export function NeglectedCustomerTable({ customers, loading = false, selection }: NeglectedCustomerTableProps) {
  const { t } = useTranslation();
  const label = useAnalysisLabels();
  const format = useFormat();
  const money = useSummedMoney();
  const isPhone = useIsPhone();
  const lastContact = (customer: NeglectedCustomer) =>
    customer.lastInteractionAt ? t('neglect.daysSince', { days: customer.daysSince ?? '—' }) : t('neglect.never');

  const columns: TableColumnsType<NeglectedCustomer> = [
    {
      key: 'name',
      title: t('customer.fields.name'),
      render: (_, customer) => (
        <Space orientation="vertical" size={0}>
          <Link to={`/customers/${customer.id}`} data-testid="neglect-customer-link">
            {customer.name}
          </Link>
          {isPhone && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {[lastContact(customer), money.sum(customer.monetary)].join(' · ')}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'lastContact',
      title: t('neglect.lastContact'),
      responsive: ['sm'],
      render: (_, customer) => (
        <Typography.Text title={customer.lastInteractionAt ? format.dateTime(customer.lastInteractionAt) : undefined}>
          {lastContact(customer)}
        </Typography.Text>
      ),
    },
    {
      key: 'monetary',
      title: t('neglect.monetary'),
      align: 'right',
      responsive: ['sm'],
      render: (_, customer) => money.sum(customer.monetary),
    },
    {
      key: 'segment',
      title: t('neglect.segment'),
      render: (_, customer) =>
        customer.segment ? (
          <Tag color={segmentTagColors[customer.segment]}>{label.segment(customer.segment)}</Tag>
        ) : (
          t('common.none')
        ),
    },
    {
      key: 'stage',
      title: t('neglect.stage'),
      responsive: ['md'],
      render: (_, customer) =>
        customer.stage ? (
          <Tag color={stageTagColors[customer.stage]}>{label.stage(customer.stage)}</Tag>
        ) : (
          t('common.none')
        ),
    },
  ];

  return (
    <Table<NeglectedCustomer>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={customers}
      loading={loading}
      pagination={false}
      rowSelection={
        selection && {
          selectedRowKeys: customers.filter((customer) => selection.selected.has(customer.id)).map(({ id }) => id),
          // The keys of this table replace its rows' part of the page's selection.
          onChange: (keys) => {
            const next = new Set(selection.selected);
            for (const customer of customers) next.delete(customer.id);
            for (const key of keys) next.add(String(key));
            selection.onChange(next);
          },
        }
      }
      showHeader={!isPhone}
    />
  );
}
