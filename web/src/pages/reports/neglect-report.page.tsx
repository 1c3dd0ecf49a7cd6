import { Card, Empty, Flex, Select, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNeglectReport } from '../../api/reports.api.ts';
import { useUsers } from '../../api/users.api.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useUrlFilter } from '../../hooks/use-url-filter.ts';
import { useMayAssignOwners } from '../../session/session-context.ts';
import { NeglectedCustomerTable } from './neglected-customer-table.tsx';

const dayChoices = ['14', '30', '60', '90', '180'] as const;
const filterSpecs = { days: { values: dayChoices, default: '30' }, ownerId: {} } as const;

/** 疏于联系的客户: whom nobody has contacted for a while, grouped by relationship manager. */
export function NeglectReportPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const managesTeam = useMayAssignOwners();
  const { filter, update } = useUrlFilter(filterSpecs);
  const days = Number(filter.days ?? '30');
  const report = useNeglectReport(days, filter.ownerId);
  const users = useUsers();

  const owners = report.data?.owners ?? [];
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('neglect.title')}
      </Typography.Title>
      <Typography.Text type="secondary">{t('neglect.hint')}</Typography.Text>
      <Flex gap={8} wrap>
        <Select
          aria-label={t('neglect.days')}
          prefix={`${t('neglect.days')}:`}
          value={String(days)}
          onChange={(value) => update({ days: value })}
          options={dayChoices.map((value) => ({ value, label: t('neglect.daysOption', { days: value }) }))}
          style={{ width: isPhone ? '100%' : 260 }}
          data-testid="neglect-days"
        />
        {managesTeam && (
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label={t('neglect.owner')}
            placeholder={t('neglect.owner')}
            value={filter.ownerId ?? null}
            onChange={(value) => update({ ownerId: value ?? undefined })}
            options={(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
            style={{ width: isPhone ? '100%' : 220 }}
          />
        )}
      </Flex>
      {report.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : report.isError ? (
        <LoadErrorResult error={report.error} onRetry={() => void report.refetch()} />
      ) : owners.length === 0 ? (
        <Card size="small">
          <Empty description={t('neglect.empty', { days })} data-testid="neglect-empty" />
        </Card>
      ) : (
        owners.map((group) => (
          <Card
            key={group.owner?.id ?? 'none'}
            size="small"
            title={group.owner?.name ?? t('neglect.noOwner')}
            extra={
              <Typography.Text type="secondary">
                {group.count > group.customers.length
                  ? t('neglect.shownOf', { shown: group.customers.length, count: group.count })
                  : t('neglect.customers', { count: group.count })}
              </Typography.Text>
            }
            styles={{ body: { padding: 0 } }}
            data-testid="neglect-owner"
          >
            <NeglectedCustomerTable customers={group.customers} />
          </Card>
        ))
      )}
    </Flex>
  );
}
