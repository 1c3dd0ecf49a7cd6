import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { backupUrl } from '../../api/backup.api.ts';

/** 备份 (admin): download the whole database as one file while the server runs; how to restore it. */
export function BackupPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('backup.title')}
      </Typography.Title>
      <Card size="small" title={t('backup.downloadTitle')}>
        <Typography.Paragraph type="secondary">{t('backup.downloadHint')}</Typography.Paragraph>
        <Alert type="warning" showIcon title={t('backup.sensitive')} style={{ marginBottom: 16 }} />
        {/* A plain link: the browser saves the file itself, however large. */}
        <Button type="primary" icon={<DownloadOutlined />} href={backupUrl} download data-testid="backup-download">
          {t('backup.download')}
        </Button>
      </Card>
      <Card size="small" title={t('backup.restoreTitle')}>
        <Typography.Paragraph type="secondary">{t('backup.restoreHint')}</Typography.Paragraph>
        <Typography.Paragraph>
          <Typography.Text code copyable>
            npx guanxi restore guanxi-backup-….tar.gz
          </Typography.Text>
        </Typography.Paragraph>
        <Typography.Text type="secondary">{t('backup.moreHint')}</Typography.Text>
      </Card>
    </Flex>
  );
}
