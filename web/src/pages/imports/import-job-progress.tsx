import { Flex, Progress, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../../api/data.types.ts';
import { useLanguage } from '../../hooks/use-language.ts';
import { durationParts } from './import-mapping.ts';

/** "1 min 5 s" in the interface language. */
export function useDurationText() {
  const { t } = useTranslation();
  return (seconds: number) => {
    const parts = durationParts(seconds);
    if (parts.h > 0) return t('import.duration.hours', parts);
    if (parts.m > 0) return t('import.duration.minutes', parts);
    return t('import.duration.seconds', parts);
  };
}

export function useByteText() {
  const { language } = useLanguage();
  return (bytes: number) => {
    const [unit, size] =
      bytes >= 1e9 ? ['gigabyte', bytes / 1e9] : bytes >= 1e6 ? ['megabyte', bytes / 1e6] : ['kilobyte', bytes / 1e3];
    return new Intl.NumberFormat(language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(size);
  };
}

/** Rows a second and bytes a second since this page first saw the job (the server's clock may differ). */
function useRates(job: ImportJob) {
  const first = useRef<{ at: number; rows: number; bytes: number; id: string } | null>(null);
  if (!first.current || first.current.id !== job.id)
    first.current = { at: Date.now(), rows: job.rowsRead, bytes: job.bytesRead, id: job.id };
  const seconds = (Date.now() - first.current.at) / 1000;
  if (seconds < 0.5) return null;
  return {
    rows: (job.rowsRead - first.current.rows) / seconds,
    bytes: (job.bytesRead - first.current.bytes) / seconds,
  };
}

/** A running import or dry run: a progress bar over the file's bytes, rows a second, and the time left. */
export function ImportJobProgress({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const duration = useDurationText();
  const byteText = useByteText();
  const rates = useRates(job);
  const percent = job.bytesTotal > 0 ? Math.min(99, Math.floor((job.bytesRead * 100) / job.bytesTotal)) : 0;
  const eta = rates && rates.bytes > 0 ? (job.bytesTotal - job.bytesRead) / rates.bytes : null;
  const rows = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });

  return (
    <Flex vertical gap={8} data-testid="import-progress">
      <Typography.Text strong>
        {t(job.dryRun ? 'import.checking' : 'import.running', { file: job.fileName })}
      </Typography.Text>
      <Progress percent={percent} status="active" />
      <Flex gap={16} wrap>
        <Typography.Text type="secondary">
          {t('import.bytes', { read: byteText(job.bytesRead), total: byteText(job.bytesTotal) })}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('import.report.rowsRead')}: {rows.format(job.rowsRead)}
        </Typography.Text>
        {rates && (
          <Typography.Text type="secondary" data-testid="import-rate">
            {t('import.rate', { rate: rows.format(rates.rows) })}
          </Typography.Text>
        )}
        {eta !== null && <Typography.Text type="secondary">{t('import.eta', { time: duration(eta) })}</Typography.Text>}
      </Flex>
    </Flex>
  );
}
