import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type AuditFilter, auditApi, auditKeys } from '../../api/audit.api.ts';
import type { AuditEntry } from '../../api/domain.types.ts';
import { FilterToggle } from '../../components/filter-toggle.tsx';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useUrlFilter } from '../../hooks/use-url-filter.ts';
import { AuditChanges } from './audit-changes.tsx';
import { AuditFilters } from './audit-filters.tsx';
import { recordPath, recordTypeKey } from './audit-labels.ts';

const actionColors = { create: 'green', update: 'blue', delete: 'red', export: 'purple', erase: 'magenta' } as const;
const filterSpecs = { actorId: {}, systemActor: {}, entity: {}, entityId: {}, from: {}, to: {} };

/** 审计日志 (admin): who changed what, newest first, one page at a time; filtered by who, record and days. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const isPhone = useIsPhone();
  const { filter: urlFilter, update, clear, countActive } = useUrlFilter(filterSpecs);
  const filter: AuditFilter = urlFilter;
  const [filtersOpen, setFiltersOpen] = useState(false);

  const entries = useInfiniteQuery({
    queryKey: auditKeys.list(filter),
    queryFn: ({ pageParam }) => auditApi.list({ ...filter, limit: 50, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
  const items = entries.data?.pages.flatMap((page) => page.items) ?? [];

  const entityLabel = (entity: string) =>
    i18n.exists(recordTypeKey(entity)) ? t(recordTypeKey(entity) as 'common.none') : entity;

  const actorOf = (entry: AuditEntry) =>
    entry.actorName ?? (entry.systemActor ? t(`audit.systemActors.${entry.systemActor}`) : t('audit.system'));

  const recordOf = (entry: AuditEntry) => {
    const path = recordPath(entry);
    // The demo company is recorded under its random seed ("seed 7"), the others under their ids.
    const seed = entry.entity === 'demo_data' ? /^seed (\d+)$/.exec(entry.entityId)?.[1] : undefined;
    const number = seed
      ? t('auditLog.demoSeed', { seed })
      : entry.entityId.length > 12
        ? entry.entityId.slice(0, 8)
        : entry.entityId;
    return (
      <span data-testid="audit-record">
        <span data-testid="audit-record-type">{entityLabel(entry.entity)}</span>{' '}
        {path ? (
          <Link to={path} title={entry.entityId} data-testid="audit-record-link">
            {number}
          </Link>
        ) : (
          <Typography.Text type="secondary" title={seed ? number : entry.entityId}>
            {number}
            {entry.record && !entry.record.found && ` (${t('auditLog.deleted')})`}
          </Typography.Text>
        )}
      </span>
    );
  };

  const columns: TableColumnsType<AuditEntry> = [
    {
      key: 'at',
      title: t('audit.at'),
      // At phone width the actor's column is hidden: who did it stands under when.
      render: (_, entry) =>
        isPhone ? (
          <Flex vertical>
            <span>{format.dateTime(entry.at)}</span>
            <Typography.Text type="secondary" data-testid="audit-actor">
              {actorOf(entry)}
            </Typography.Text>
          </Flex>
        ) : (
          format.dateTime(entry.at)
        ),
      width: isPhone ? undefined : 190,
    },
    {
      key: 'actor',
      title: t('audit.actor'),
      responsive: ['md'],
      render: (_, entry) => actorOf(entry),
    },
    {
      key: 'action',
      title: t('audit.action'),
      render: (_, entry) => (
        <Tag color={actionColors[entry.action] ?? 'default'}>
          {i18n.exists(`enums.auditAction.${entry.action}`) ? t(`enums.auditAction.${entry.action}`) : entry.action}
        </Tag>
      ),
    },
    { key: 'entity', title: t('audit.entity'), render: (_, entry) => recordOf(entry) },
  ];

  const activeCount = countActive();
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('audit.title')}
        </Typography.Title>
        {isPhone && (
          <FilterToggle open={filtersOpen} activeCount={activeCount} onToggle={() => setFiltersOpen((open) => !open)} />
        )}
      </Flex>
      {(!isPhone || filtersOpen) && (
        <Card size="small" styles={{ body: { padding: isPhone ? 8 : 12 } }}>
          <AuditFilters
            // Afresh when the URL's filter is replaced from outside (a link to one record's history).
            key={filter.entityId ?? ''}
            filter={filter}
            onChange={update}
            onClear={clear}
            stacked={isPhone}
          />
        </Card>
      )}
      {entries.isError && !entries.data ? (
        <LoadErrorResult error={entries.error} onRetry={() => void entries.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<AuditEntry>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={items}
            loading={entries.isPending || (entries.isFetching && !entries.isFetchingNextPage)}
            pagination={false}
            locale={{ emptyText: t('audit.empty') }}
            expandable={{
              expandedRowRender: (entry) => <AuditChanges entity={entry.entity} changes={entry.changes} />,
              rowExpandable: (entry) => Object.keys(entry.changes ?? {}).length > 0,
            }}
            data-testid="audit-table"
          />
          <Flex justify="center" style={{ padding: 12 }}>
            {entries.hasNextPage ? (
              <Button onClick={() => void entries.fetchNextPage()} loading={entries.isFetchingNextPage}>
                {t('common.loadMore')}
              </Button>
            ) : (
              items.length > 0 && <Typography.Text type="secondary">{t('common.allLoaded')}</Typography.Text>
            )}
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
