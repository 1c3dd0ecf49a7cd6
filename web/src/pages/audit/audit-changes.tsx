import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/domain.types.ts';

/** Record fields whose label key differs from the field's name. */
const labelKeyOf: Record<string, string> = {
  referredById: 'referredBy',
  ownerId: 'owner',
  sharedWithIds: 'sharedWith',
};
/** Fields holding an enumeration value, and where its labels are. */
const enumOf: Record<string, string> = {
  kind: 'enums.kind',
  source: 'enums.leadSource',
  level: 'enums.level',
  buyingRole: 'enums.buyingRole',
  attitude: 'enums.attitude',
  role: 'enums.role',
};

/** The before → after of every field one audit entry changed, in the interface's words where it has them. */
export function AuditChanges({ entity, changes }: { entity: string; changes: AuditEntry['changes'] }) {
  const { t, i18n } = useTranslation();
  const translated = (key: string, fallback: string) => (i18n.exists(key) ? t(key as 'common.none') : fallback);

  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('common.none');
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'string') return enumOf[field] ? translated(`${enumOf[field]}.${value}`, value) : value;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
      return value.join(', ') || t('common.none');
    return JSON.stringify(value);
  };

  const rows = Object.entries(changes ?? {}).map(([field, change]) => ({
    field,
    label: translated(`${entity}.fields.${labelKeyOf[field] ?? field}`, field),
    before: show(field, change?.before),
    after: show(field, change?.after),
  }));
  if (rows.length === 0) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
  return (
    <Table
      rowKey="field"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        { key: 'field', title: t('audit.field'), dataIndex: 'label', width: '25%' },
        { key: 'before', title: t('audit.before'), dataIndex: 'before', ellipsis: true },
        { key: 'after', title: t('audit.after'), dataIndex: 'after', ellipsis: true },
      ]}
    />
  );
}
