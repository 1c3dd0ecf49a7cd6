import { Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useImportJob } from '../../api/imports.api.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { ImportJobProgress } from './import-job-progress.tsx';
import { ImportJobReport } from './import-job-report.tsx';

interface ImportJobViewProps {
  jobId: string | null;
  /** The file is still being sent (the job has no id yet). */
  uploading: boolean;
  fileName: string;
}

/** An import or dry run as it goes: the upload, the live progress, then the report. */
export function ImportJobView({ jobId, uploading, fileName }: ImportJobViewProps) {
  const { t } = useTranslation();
  const job = useImportJob(uploading ? null : jobId);

  if (uploading)
    return (
      <Flex gap={12} align="center" data-testid="import-uploading">
        <Spin />
        <Typography.Text>{t('import.uploading', { file: fileName })}</Typography.Text>
      </Flex>
    );
  if (!jobId) return null;
  if (job.isError && !job.data) return <LoadErrorResult error={job.error} onRetry={() => void job.refetch()} />;
  if (!job.data) return <Spin />;
  return job.data.status === 'running' ? <ImportJobProgress job={job.data} /> : <ImportJobReport job={job.data} />;
}
