import { Alert, Collapse, Flex, Select, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../api/data.types.ts';
import type { DataKind } from '../../api/domain.types.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useColumnLabel } from './import-column-label.ts';
import { ImportColumns } from './import-columns.tsx';
import { type ImportMapping, mappingProblems } from './import-mapping.ts';

interface ImportMappingStepProps {
  kind: DataKind;
  preview: ImportPreview;
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
}

const ignore = '';

/** Step 3: each header of the file → a Guanxi column or "ignore", prefilled from the server's suggestion. */
export function ImportMappingStep({ kind, preview, mapping, onChange }: ImportMappingStepProps) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const label = useColumnLabel(kind);
  const problems = mappingProblems(mapping, preview.columns);
  const labels = (columns: string[]) => columns.map(label).join(t('common.listSeparator'));
  const options = [
    { value: ignore, label: t('import.ignore') },
    ...preview.columns.map((column) => ({
      value: column.name,
      label: column.required ? `${label(column.name)} *` : label(column.name),
    })),
  ];
  const rows = preview.headers.map((header, index) => ({ header, example: preview.rows[0]?.[index] ?? '' }));

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('import.mappingHint')}</Typography.Text>
      {problems.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={t('import.missingRequired', { columns: labels(problems.missing) })}
          data-testid="import-missing"
        />
      )}
      {problems.duplicates.length > 0 && (
        <Alert type="warning" showIcon title={t('import.duplicateMapping', { columns: labels(problems.duplicates) })} />
      )}
      <Table
        rowKey="header"
        size="small"
        pagination={false}
        dataSource={rows}
        columns={[
          {
            key: 'header',
            title: t('import.fileColumn'),
            render: (_, row) => (
              <Flex vertical>
                <Typography.Text strong>{row.header}</Typography.Text>
                {isPhone && row.example && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                    {row.example}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'example',
            title: t('import.example'),
            responsive: ['md'],
            render: (_, row) => (
              <Typography.Text type="secondary" ellipsis style={{ maxWidth: 240 }}>
                {row.example}
              </Typography.Text>
            ),
          },
          {
            key: 'column',
            title: t('import.guanxiColumn'),
            width: isPhone ? 150 : 240,
            render: (_, row) => (
              <Select
                aria-label={`${t('import.guanxiColumn')}: ${row.header}`}
                style={{ width: '100%' }}
                value={mapping[row.header] ?? ignore}
                onChange={(column: string) => onChange({ ...mapping, [row.header]: column || null })}
                options={options}
                showSearch={{ optionFilterProp: 'label' }}
                data-testid={`import-map-${row.header}`}
              />
            ),
          },
        ]}
        data-testid="import-mapping"
      />
      <Collapse
        size="small"
        items={[
          {
            key: 'columns',
            label: t('import.columns', { kind: t(`import.kinds.${kind}`) }),
            children: <ImportColumns kind={kind} columns={preview.columns} />,
          },
        ]}
      />
    </Flex>
  );
}
