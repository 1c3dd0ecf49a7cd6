import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api/domain.types.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useSummedMoney } from '../../hooks/use-summed-money.ts';
import { enumKey, fieldKey } from './audit-labels.ts';

/** A moment as the server writes it (ISO 8601 in UTC): shown in the browser's time zone and the locale's format. */
const isoMoment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

const isNamed = (value: unknown): value is { name: string } =>
  typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';

interface SavedLine {
  product?: { name: string } | null;
  description?: string | null;
  quantity?: string;
  unitPrice?: string;
}

/** The before → after of every field one audit entry changed, in the interface's words and formats. */
export function AuditChanges({ entity, changes }: { entity: string; changes: AuditEntry['changes'] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const money = useSummedMoney();
  const label = (key: string | undefined, fallback: string) =>
    key && i18n.exists(key) ? t(key as 'common.none') : fallback;

  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('common.none');
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'number') return format.decimal(value);
    if (typeof value === 'string') {
      if (field === 'password') return value === '(reset)' ? t('auditLog.reset') : t('auditLog.changed');
      if (isoMoment.test(value)) return format.dateTime(value);
      if (isoDay.test(value)) return format.day(value);
      return label(enumKey(entity, field, value), value);
    }
    if (isNamed(value)) return value.name;
    if (Array.isArray(value)) {
      if (value.length === 0) return t('common.none');
      if (entity === 'order' && field === 'lines') return value.map((line: SavedLine) => lineText(line)).join('; ');
      return value.map((item) => show(field, item)).join(t('common.listSeparator'));
    }
    if (typeof value === 'object')
      return Object.entries(value as Record<string, unknown>)
        .map(([key, item]) => `${label(fieldKey(entity, key), key)}: ${show(key, item)}`)
        .join('; ');
    return String(value);
  };

  const lineText = (line: SavedLine) =>
    t('auditLog.line', {
      what: line.product?.name ?? line.description ?? t('order.detail.unknownProduct'),
      quantity: format.quantity(line.quantity),
      price: money.beside(line.unitPrice),
    });

  const rows = Object.entries(changes ?? {}).map(([field, change]) => ({
    field,
    label: label(fieldKey(entity, field), field),
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
        {
          key: 'field',
          title: t('audit.field'),
          dataIndex: 'label',
          width: '25%',
          onCell: () => ({ 'data-testid': 'audit-field' }) as object,
        },
        { key: 'before', title: t('audit.before'), dataIndex: 'before', ellipsis: true },
        { key: 'after', title: t('audit.after'), dataIndex: 'after', ellipsis: true },
      ]}
    />
  );
}
