import { DownloadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Flex, Select, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { neglectExportUrl, reportKeys, useNeglectReport } from '../../api/reports.api.ts';
import { useUsers } from '../../api/users.api.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { useUrlFilter } from '../../hooks/use-url-filter.ts';
import { useMayAssignOwners, useSession } from '../../session/session-context.ts';
import { NeglectOwnerCard } from './neglect-owner-card.tsx';
import { NeglectTasksButton } from './neglect-tasks-button.tsx';

const dayChoices = ['14', '30', '60', '90', '180'] as const;
const filterSpecs = { days: { values: dayChoices, default: '30' }, ownerId: {} } as const;

/**
 * 疏于联系的客户: whom nobody has contacted for a while, grouped by relationship manager; every one of
 * them on asking, as a file, and a follow-up task for each (all of the filter, or those picked).
 */
export function NeglectReportPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const { language } = useLanguage();
  const { role } = useSession();
  const managesTeam = useMayAssignOwners();
  const queryClient = useQueryClient();
  const { filter, update } = useUrlFilter(filterSpecs);
  const days = Number(filter.days ?? '30');
  const report = useNeglectReport(days, filter.ownerId);
  const users = useUsers();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selection = role === 'service' ? undefined : { selected, onChange: setSelected };
  const changeFilter = (changes: Parameters<typeof update>[0]) => {
    setSelected(new Set());
    update(changes);
  };

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
          onChange={(value) => changeFilter({ days: value })}
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
            onChange={(value) => changeFilter({ ownerId: value ?? undefined })}
            options={(users.data ?? []).map((user) => ({ value: user.id, label: user.name }))}
            style={{ width: isPhone ? '100%' : 220 }}
          />
        )}
        {owners.length > 0 && (
          <>
            <a href={neglectExportUrl(days, filter.ownerId, language)} download title={t('neglectActions.exportHint')}>
              <Button icon={<DownloadOutlined />} data-testid="neglect-export">
                {t('neglectActions.exportCsv')}
              </Button>
            </a>
            <NeglectTasksButton
              days={days}
              ownerId={filter.ownerId}
              selected={selected}
              onDone={() => {
                setSelected(new Set());
                void queryClient.invalidateQueries({ queryKey: reportKeys.all });
              }}
            />
            {selected.size > 0 && (
              <Button type="link" onClick={() => setSelected(new Set())}>
                {t('neglectActions.clearSelection')}
              </Button>
            )}
          </>
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
          <NeglectOwnerCard key={group.owner?.id ?? 'none'} group={group} days={days} selection={selection} />
        ))
      )}
    </Flex>
  );
}
