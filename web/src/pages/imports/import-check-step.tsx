import { ExperimentOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ImportErrorMode, type ImportJob, importErrorModes } from '../../api/data.types.ts';
import { ImportJobView } from './import-job-view.tsx';

interface ImportCheckStepProps {
  fileName: string;
  onError: ImportErrorMode;
  onOnError: (mode: ImportErrorMode) => void;
  /** The last dry run (its id, and the job once known). */
  jobId: string | null;
  job: ImportJob | undefined;
  starting: boolean;
  onCheck: () => void;
}

/** Step 4: what to do with bad rows, and a dry run that reads every row and writes nothing. */
export function ImportCheckStep({ fileName, onError, onOnError, jobId, job, starting, onCheck }: ImportCheckStepProps) {
  const { t } = useTranslation();
  const running = starting || job?.status === 'running';
  const blocked = job && job.status !== 'running' && onError === 'abort' && job.rowsRejected > 0;

  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={8}>
        <Typography.Text strong id="import-on-error-label">
          {t('import.onError')}
        </Typography.Text>
        <Radio.Group
          aria-labelledby="import-on-error-label"
          value={onError}
          onChange={(event) => onOnError(event.target.value)}
          options={importErrorModes.map((mode) => ({ value: mode, label: t(`import.onErrorOptions.${mode}`) }))}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          data-testid="import-on-error"
        />
      </Flex>
      <Flex gap={12} align="center" wrap>
        <Button icon={<ExperimentOutlined />} onClick={onCheck} loading={running} data-testid="import-dry-run">
          {jobId ? t('import.dryRunAgain') : t('import.dryRun')}
        </Button>
        <Typography.Text type="secondary">{t('import.dryRunHint')}</Typography.Text>
      </Flex>
      <ImportJobView jobId={jobId} uploading={starting} fileName={fileName} />
      {blocked && <Alert type="info" showIcon title={t('import.abortBlocks')} />}
    </Flex>
  );
}
