import { Card, Empty, Space, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../api/data.types.ts';
import { useImportJobs } from '../../api/imports.api.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { ErrorFileLink, wouldAbort } from './import-job-report.tsx';

const statusColors: Record<ImportJob['status'], string> = {
  running: 'processing',
  succeeded: 'success',
  failed: 'error',
};

/** The recent imports and dry runs, newest first, with their error files. */
export function ImportJobList() {
  const { t } = useTranslation();
  const format = useFormat();
  const isPhone = useIsPhone();
  const jobs = useImportJobs();

  const status = (job: ImportJob) => (
    <Space size={4} wrap>
      {wouldAbort(job) ? (
        <Tag color="warning">{t('import.status.wouldAbort')}</Tag>
      ) : (
        <Tag color={statusColors[job.status]}>{t(`import.status.${job.status}`)}</Tag>
      )}
      {job.dryRun && <Tag>{t('import.dryRunBadge')}</Tag>}
    </Space>
  );
  const counts = (job: ImportJob) =>
    `${format.integer(job.rowsImported)} / ${format.integer(job.rowsRead)}` +
    (job.rowsRejected > 0 ? ` (${t('import.report.rowsRejected')} ${format.integer(job.rowsRejected)})` : '');

  const columns: TableColumnsType<ImportJob> = [
    {
      key: 'file',
      title: t('import.file'),
      render: (_, job) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong ellipsis style={{ maxWidth: isPhone ? 220 : 280 }}>
            {job.fileName}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[t(`import.kinds.${job.kind}`), isPhone ? format.dateTime(job.startedAt) : null]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
          {isPhone && status(job)}
          {isPhone && <Typography.Text type="secondary">{counts(job)}</Typography.Text>}
          {job.message && (
            <Typography.Text type={job.status === 'failed' ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
              {job.message}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'startedAt',
      title: t('import.startedAt'),
      responsive: ['md'],
      render: (_, job) => format.dateTime(job.startedAt),
    },
    { key: 'status', title: t('order.fields.status'), responsive: ['md'], render: (_, job) => status(job) },
    {
      key: 'rows',
      title: `${t('import.report.rowsImported')} / ${t('import.report.rowsRead')}`,
      responsive: ['md'],
      render: (_, job) => counts(job),
    },
    {
      key: 'errors',
      title: t('import.errors'),
      align: 'right',
      render: (_, job) => (job.hasErrorFile ? <ErrorFileLink id={job.id} compact /> : null),
    },
  ];

  return (
    <Card size="small" title={t('import.recent')} styles={{ body: { padding: 0 } }}>
      {jobs.isError ? (
        <LoadErrorResult error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : (
        <Table<ImportJob>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={jobs.data ?? []}
          loading={jobs.isPending}
          pagination={false}
          showHeader={!isPhone}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('import.noRecent')} /> }}
          data-testid="import-jobs"
        />
      )}
    </Card>
  );
}
