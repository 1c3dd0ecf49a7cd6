import { Flex, Select, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ImportEncoding, type ImportPreview, importEncodings } from '../../api/data.types.ts';

interface ImportPreviewStepProps {
  fileName: string;
  preview: ImportPreview;
  encoding: ImportEncoding;
  onEncoding: (encoding: ImportEncoding) => void;
  loading: boolean;
}

/** Step 2: the first rows as the server read them, and the encoding (detected, or chosen when it guessed wrong). */
export function ImportPreviewStep({ fileName, preview, encoding, onEncoding, loading }: ImportPreviewStepProps) {
  const { t } = useTranslation();
  const rows = preview.rows.map((cells, index) => ({ key: index, cells }));
  const encodingLabel = (value: string) =>
    importEncodings.includes(value as ImportEncoding) ? t(`import.encodings.${value as ImportEncoding}`) : value;

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text id="import-encoding-label">{t('import.encoding')}</Typography.Text>
        <Select<ImportEncoding>
          aria-labelledby="import-encoding-label"
          style={{ width: 200 }}
          value={encoding}
          onChange={onEncoding}
          loading={loading}
          options={importEncodings.map((value) => ({ value, label: t(`import.encodings.${value}`) }))}
          data-testid="import-encoding"
        />
        <Tag color="blue" data-testid="import-detected-encoding">
          {t('import.detected', { encoding: encodingLabel(preview.encoding) })}
        </Tag>
      </Flex>
      <Typography.Text type="secondary">
        {t('import.previewHint', { count: preview.rows.length, file: fileName })}
      </Typography.Text>
      {preview.rows.length === 0 && <Typography.Text type="warning">{t('import.noRows')}</Typography.Text>}
      <Table
        size="small"
        bordered
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        columns={preview.headers.map((header, index) => ({
          key: `${index}`,
          title: header,
          render: (_: unknown, row: { cells: string[] }) => row.cells[index] ?? '',
        }))}
        data-testid="import-preview"
      />
    </Flex>
  );
}
