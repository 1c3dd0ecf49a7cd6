import { Descriptions, type DescriptionsProps, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCustomer } from '../../api/customers.api.ts';
import type { Customer } from '../../api/domain.types.ts';
import { useUsers } from '../../api/users.api.ts';
import { PhoneLink } from '../../components/phone-link.tsx';
import { useEnumLabels } from '../../hooks/use-enum-options.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useSummedMoney } from '../../hooks/use-summed-money.ts';

/** The referring customer, by name; one the reader may not see is said to be so, not loaded forever. */
function ReferredBy({ id }: { id: string }) {
  const { t } = useTranslation();
  const referrer = useCustomer(id);
  if (referrer.isError) return <Typography.Text type="secondary">{t('customer.referrerHidden')}</Typography.Text>;
  return <Link to={`/customers/${id}`}>{referrer.data?.name ?? '…'}</Link>;
}

/** Everything recorded about one customer. */
export function CustomerDescriptions({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const label = useEnumLabels();
  const format = useFormat();
  const money = useSummedMoney();
  const users = useUsers();
  const none = t('common.none');
  const userName = (id: string) => users.data?.find((user) => user.id === id)?.name ?? id;
  const text = (value: string | null) => value || none;

  const items: DescriptionsProps['items'] = [
    { key: 'kind', label: t('customer.fields.kind'), children: label.kind(customer.kind) },
    { key: 'internal', label: t('customer.fields.internal'), children: t(`customer.internal.${customer.internal}`) },
    { key: 'level', label: t('customer.fields.level'), children: label.level(customer.level) },
    {
      key: 'source',
      label: t('customer.fields.source'),
      children: customer.source ? label.leadSource(customer.source) : none,
    },
    ...(customer.referredById
      ? [
          {
            key: 'referredBy',
            label: t('customer.fields.referredBy'),
            children: <ReferredBy id={customer.referredById} />,
          },
        ]
      : []),
    { key: 'owner', label: t('customer.fields.owner'), children: customer.owner?.name ?? none },
    {
      key: 'sharedWith',
      label: t('customer.fields.sharedWith'),
      children: customer.sharedWithIds.length ? customer.sharedWithIds.map(userName).join('、') : none,
    },
    {
      key: 'phone',
      label: t('customer.fields.phone'),
      children: customer.phone ? <PhoneLink phone={customer.phone} /> : none,
    },
    {
      key: 'email',
      label: t('customer.fields.email'),
      children: customer.email ? <a href={`mailto:${customer.email}`}>{customer.email}</a> : none,
    },
    { key: 'industry', label: t('customer.fields.industry'), children: text(customer.industry) },
    { key: 'region', label: t('customer.fields.region'), children: text(customer.region) },
    { key: 'address', label: t('customer.fields.address'), children: text(customer.address) },
    { key: 'externalId', label: t('customer.fields.externalId'), children: text(customer.externalId) },
    {
      key: 'walletEstimate',
      label: t('customer.fields.walletEstimate'),
      children: customer.walletEstimate ? money.beside(customer.walletEstimate) : none,
    },
    {
      key: 'potentialScore',
      label: t('customer.fields.potentialScore'),
      children: customer.potentialScore ?? none,
    },
    {
      key: 'tags',
      label: t('customer.fields.tags'),
      children: customer.tags.length ? (
        <Space size={[0, 4]} wrap>
          {customer.tags.map((tag) => (
            <Tag key={tag}>{tag}</Tag>
          ))}
        </Space>
      ) : (
        none
      ),
    },
    { key: 'createdAt', label: t('customer.fields.createdAt'), children: format.dateTime(customer.createdAt) },
    { key: 'updatedAt', label: t('customer.fields.updatedAt'), children: format.dateTime(customer.updatedAt) },
    {
      key: 'notes',
      label: t('customer.fields.notes'),
      span: 'filled',
      children: customer.notes ? (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {customer.notes}
        </Typography.Paragraph>
      ) : (
        none
      ),
    },
  ];

  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
      items={items}
      data-testid="customer-descriptions"
    />
  );
}
