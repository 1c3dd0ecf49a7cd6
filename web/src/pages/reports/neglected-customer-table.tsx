import { Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { NeglectedCustomer } from '../../api/reports.api.ts';
import { segmentTagColors, stageTagColors, useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';

/** The neglected customers of one relationship manager: when last contacted, what they are worth. */
export function NeglectedCustomerTable({ customers }: { customers: NeglectedCustomer[] }) {
  const { t } = useTranslation();
  const label = useAnalysisLabels();
  const format = useFormat();
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
              {[lastContact(customer), format.amount(customer.monetary)].join(' · ')}
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
      render: (_, customer) => format.amount(customer.monetary),
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
      pagination={customers.length > 20 ? { pageSize: 20, size: 'small', showSizeChanger: false } : false}
      showHeader={!isPhone}
    />
  );
}
