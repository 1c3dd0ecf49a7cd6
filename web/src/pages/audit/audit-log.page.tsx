import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { auditApi, auditKeys } from '../../api/audit.api.ts';
import type { AuditEntry } from '../../api/domain.types.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { AuditChanges } from './audit-changes.tsx';

const actionColors = { create: 'green', update: 'blue', delete: 'red', export: 'purple', erase: 'magenta' } as const;

/** 审计日志 (admin): who changed what, newest first, one page at a time. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const isPhone = useIsPhone();
  const [params, setParams] = useSearchParams();
  const filter = { entity: params.get('entity') ?? undefined, entityId: params.get('entityId') ?? undefined };

  const entries = useInfiniteQuery({
    queryKey: auditKeys.list(filter),
    queryFn: ({ pageParam }) => auditApi.list({ ...filter, limit: 50, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
  const items = entries.data?.pages.flatMap((page) => page.items) ?? [];

  const entityLabel = (entity: string) => {
    const key = `audit.entities.${entity}`;
    return i18n.exists(key) ? t(key as 'audit.entities.customer') : entity;
  };

  const actorOf = (entry: AuditEntry) =>
    entry.actorName ?? (entry.systemActor ? t(`audit.systemActors.${entry.systemActor}`) : t('audit.system'));

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
    {
      key: 'entity',
      title: t('audit.entity'),
      render: (_, entry) => (
        <span>
          {entityLabel(entry.entity)}{' '}
          {entry.entity === 'customer' && entry.action !== 'delete' ? (
            <Link to={`/customers/${entry.entityId}`}>{entry.entityId.slice(0, 8)}</Link>
          ) : (
            <Typography.Text type="secondary">{entry.entityId.slice(0, 8)}</Typography.Text>
          )}
        </span>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('audit.title')}
      </Typography.Title>
      {(filter.entity || filter.entityId) && (
        <Alert
          type="info"
          showIcon
          title={`${t('audit.filteredBy')}: ${filter.entity ? entityLabel(filter.entity) : ''} ${filter.entityId ?? ''}`}
          action={
            <Button size="small" onClick={() => setParams(new URLSearchParams())}>
              {t('audit.showAll')}
            </Button>
          }
        />
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
            loading={entries.isPending}
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
