import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Col, Flex, Row, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportJob, ImportRowError } from '../../api/data.types.ts';
import { importErrorsUrl } from '../../api/imports.api.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { useColumnLabel } from './import-column-label.ts';
import { useDurationText } from './import-job-progress.tsx';

/** A dry run that checked every row, of an import that would abort on the bad rows it found: nothing would be written. */
export const wouldAbort = (job: ImportJob) =>
  job.dryRun && job.status === 'succeeded' && job.onError === 'abort' && job.rowsRejected > 0;

/** A finished import or dry run: what was read, what was (or would be) imported, and each bad row. */
export function ImportJobReport({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const format = useFormat();
  const isPhone = useIsPhone();
  const duration = useDurationText();
  const columnLabel = useColumnLabel(job.kind);
  const failed = job.status === 'failed';
  const title = job.dryRun
    ? failed
      ? 'import.checkFailed'
      : wouldAbort(job)
        ? 'import.checkWouldAbort'
        : 'import.checked'
    : failed
      ? 'import.failed'
      : 'import.succeeded';
  const seconds = job.finishedAt ? (Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000 : 0;

  return (
    <Flex vertical gap={16} data-testid="import-report">
      <Alert
        type={failed ? 'error' : job.rowsRejected > 0 ? 'warning' : 'success'}
        showIcon
        title={t(title)}
        description={
          <Flex vertical>
            {job.message && <Typography.Text>{job.message}</Typography.Text>}
            <Typography.Text type="secondary">
              {t(job.dryRun ? 'import.summaryDryRun' : 'import.summary', {
                count: job.rowsRead,
                imported: format.integer(job.rowsImported),
                read: format.integer(job.rowsRead),
                rejected: format.integer(job.rowsRejected),
                time: duration(seconds),
              })}
            </Typography.Text>
          </Flex>
        }
        data-testid={`import-report-${job.status}`}
      />
      <Row gutter={[16, 16]}>
        <Col xs={8}>
          <Statistic title={t('import.report.rowsRead')} value={format.integer(job.rowsRead)} />
        </Col>
        <Col xs={8}>
          <Statistic
            title={t(job.dryRun ? 'import.report.rowsWouldImport' : 'import.report.rowsImported')}
            value={format.integer(job.rowsImported)}
            data-testid="import-rows-imported"
          />
        </Col>
        <Col xs={8}>
          <Statistic title={t('import.report.rowsRejected')} value={format.integer(job.rowsRejected)} />
        </Col>
      </Row>
      {job.errors.length > 0 && (
        <Flex vertical gap={8}>
          <Flex justify="space-between" align="center" gap={8} wrap>
            <Typography.Text strong>
              {job.errors.length < job.rowsRejected
                ? t('import.errorsShown', { count: job.errors.length })
                : t('import.errors')}
            </Typography.Text>
            {job.hasErrorFile && <ErrorFileLink id={job.id} />}
          </Flex>
          <Table<ImportRowError>
            rowKey={(error) => `${error.line}:${error.column}:${error.reason}`}
            size="small"
            pagination={job.errors.length > 10 ? { pageSize: 10, size: 'small', showSizeChanger: false } : false}
            dataSource={job.errors}
            scroll={isPhone ? { x: 'max-content' } : undefined}
            columns={[
              { key: 'line', title: t('import.errorLine'), dataIndex: 'line', width: 72 },
              {
                key: 'column',
                title: t('import.errorColumn'),
                render: (_, error) => (error.column ? columnLabel(error.column) : t('common.none')),
              },
              { key: 'reason', title: t('import.errorReason'), dataIndex: 'reason' },
            ]}
            data-testid="import-errors"
          />
        </Flex>
      )}
      {job.errors.length === 0 && job.hasErrorFile && <ErrorFileLink id={job.id} />}
    </Flex>
  );
}

/** errors.csv in the interface language (a plain link sends no Accept-Language of the page's choosing). */
export function ErrorFileLink({ id, compact = false }: { id: string; compact?: boolean }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Button
      href={importErrorsUrl(id, language)}
      download
      size={compact ? 'small' : undefined}
      type={compact ? 'link' : 'default'}
      icon={<DownloadOutlined />}
      data-testid="import-errors-download"
    >
      {compact ? 'errors.csv' : t('import.downloadErrors')}
    </Button>
  );
}
