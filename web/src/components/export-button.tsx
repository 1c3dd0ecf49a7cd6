import { DownloadOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DataKind } from '../api/domain.types.ts';
import { exportFormats, exportUrl } from '../api/exports.api.ts';
import { useLanguage } from '../hooks/use-language.ts';

interface ExportButtonProps {
  kind: DataKind;
  /** The list's current filters; the export holds every row they match, not only the loaded pages. */
  filter: object;
  /** Icon only (phones). */
  compact?: boolean;
}

/** 导出: downloads the list as CSV or JSON through a plain link, so the browser saves the file itself. */
export function ExportButton({ kind, filter, compact = false }: ExportButtonProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: exportFormats.map((format) => ({
          key: format,
          label: (
            <a href={exportUrl(kind, format, filter, language)} download data-testid={`export-${format}`}>
              {t(`export.${format}`)}
            </a>
          ),
        })),
      }}
    >
      <Button icon={<DownloadOutlined />} title={t('export.hint')} aria-label={t('export.button')} data-testid="export">
        {compact ? null : t('export.button')}
      </Button>
    </Dropdown>
  );
}
