import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { type DataKind, dataKinds } from '../../api/domain.types.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { ImportJobList } from './import-job-list.tsx';
import { ImportWizard } from './import-wizard.tsx';

/** 导入 (admins and the general manager): the import wizard, and the recent imports below it. */
export function ImportPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const [params] = useSearchParams();
  const kind = params.get('kind');
  const initialKind: DataKind = dataKinds.includes(kind as DataKind) ? (kind as DataKind) : 'customers';

  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={4}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('import.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('import.intro')}</Typography.Text>
      </Flex>
      <Card size="small" styles={{ body: { padding: isPhone ? 12 : 24 } }}>
        <ImportWizard key={initialKind} initialKind={initialKind} />
      </Card>
      <ImportJobList />
    </Flex>
  );
}
