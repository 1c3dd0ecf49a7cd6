import { Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportColumn } from '../../api/data.types.ts';
import type { DataKind } from '../../api/domain.types.ts';
import { useColumnLabel } from './import-column-label.ts';

/** The Guanxi columns of one kind: label and key, whether required, and the other headers accepted for it. */
export function ImportColumns({ kind, columns }: { kind: DataKind; columns: ImportColumn[] }) {
  const { t } = useTranslation();
  const label = useColumnLabel(kind);
  return (
    <Table<ImportColumn>
      rowKey="name"
      size="small"
      pagination={false}
      dataSource={columns}
      columns={[
        {
          key: 'name',
          title: t('import.guanxiColumn'),
          render: (_, column) => (
            <Space size={4} wrap>
              <Typography.Text>{label(column.name)}</Typography.Text>
              <Typography.Text code>{column.name}</Typography.Text>
              {column.required && <Tag color="red">{t('import.required')}</Tag>}
            </Space>
          ),
        },
        {
          key: 'aliases',
          title: t('import.aliases'),
          render: (_, column) => (column.aliases.length > 0 ? column.aliases.join(' / ') : t('common.none')),
        },
      ]}
      data-testid="import-columns"
    />
  );
}
