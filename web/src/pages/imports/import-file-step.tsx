import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Button, Flex, Radio, Segmented, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { type DataKind, dataKinds } from '../../api/domain.types.ts';
import { importTemplateUrl } from '../../api/imports.api.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useLanguage } from '../../hooks/use-language.ts';

interface ImportFileStepProps {
  kind: DataKind;
  file: File | null;
  onKind: (kind: DataKind) => void;
  onFile: (file: File | null) => void;
}

/** Step 1: what the file holds, and the file (kept in the browser until the preview is asked for). */
export function ImportFileStep({ kind, file, onKind, onFile }: ImportFileStepProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const { language } = useLanguage();
  const options = dataKinds.map((value) => ({ value, label: t(`import.kinds.${value}`) }));
  return (
    <Flex vertical gap={16}>
      <Flex vertical gap={8}>
        <Typography.Text strong id="import-kind-label">
          {t('import.kind')}
        </Typography.Text>
        {isPhone ? (
          <Radio.Group
            aria-labelledby="import-kind-label"
            value={kind}
            onChange={(event) => onKind(event.target.value)}
            options={options}
            style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', rowGap: 8 }}
            data-testid="import-kind"
          />
        ) : (
          <Segmented<DataKind>
            aria-labelledby="import-kind-label"
            value={kind}
            onChange={onKind}
            options={options}
            data-testid="import-kind"
          />
        )}
      </Flex>
      <Upload.Dragger
        accept=".csv,.txt,text/csv"
        maxCount={1}
        multiple={false}
        fileList={
          file ? [{ uid: 'file', name: file.name, size: file.size, status: 'done', originFileObj: file as never }] : []
        }
        beforeUpload={(chosen) => {
          onFile(chosen);
          return false;
        }}
        onRemove={() => onFile(null)}
        data-testid="import-upload"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t('import.drop')}</p>
        <p className="ant-upload-hint" style={{ padding: '0 12px' }}>
          {t('import.dropHint')}
        </p>
      </Upload.Dragger>
      <Flex gap={8} align="center" wrap>
        <Button
          icon={<DownloadOutlined />}
          href={importTemplateUrl(kind, language)}
          download
          data-testid="import-template"
        >
          {t('import.template', { kind: t(`import.kinds.${kind}`) })}
        </Button>
        <Typography.Text type="secondary">{t('import.templateHint')}</Typography.Text>
      </Flex>
    </Flex>
  );
}
