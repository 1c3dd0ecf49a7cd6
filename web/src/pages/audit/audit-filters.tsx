import { Button, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../api/audit.api.ts';
import { useUsers } from '../../api/users.api.ts';
import { DayRangeFilter } from '../../components/day-range-filter.tsx';
import { auditRecordTypes, recordTypeKey, systemActors } from './audit-labels.ts';

interface AuditFiltersProps {
  filter: AuditFilter;
  onChange: (patch: Partial<AuditFilter>) => void;
  onClear: () => void;
  stacked: boolean;
}

/** Who (a user or a system actor), record type, record number and days of the audit log. */
export function AuditFilters({ filter, onChange, onClear, stacked }: AuditFiltersProps) {
  const { t } = useTranslation();
  const users = useUsers();
  const width = (desktop: number) => (stacked ? '100%' : desktop);
  // The record number is applied when typed out (Enter or leaving the field), not at every key.
  const [recordId, setRecordId] = useState(filter.entityId ?? '');

  const who = filter.actorId ? `user:${filter.actorId}` : filter.systemActor ? `system:${filter.systemActor}` : null;
  const whoOptions = [
    ...(users.data ?? []).map((user) => ({ value: `user:${user.id}`, label: user.name })),
    ...systemActors.map((actor) => ({ value: `system:${actor}`, label: t(`audit.systemActors.${actor}`) })),
  ];

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }} data-testid="audit-filters">
      <Select<string | null>
        aria-label={t('auditLog.filter.who')}
        placeholder={t('auditLog.filter.who')}
        style={{ width: width(180) }}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        loading={users.isPending}
        value={who}
        options={whoOptions}
        onChange={(value) =>
          onChange({
            actorId: value?.startsWith('user:') ? value.slice(5) : undefined,
            systemActor: value?.startsWith('system:') ? value.slice(7) : undefined,
          })
        }
        data-testid="audit-filter-who"
      />
      <Select<string | null>
        aria-label={t('auditLog.filter.recordType')}
        placeholder={t('auditLog.filter.recordType')}
        style={{ width: width(160) }}
        allowClear
        value={filter.entity ?? null}
        options={auditRecordTypes.map((type) => ({ value: type, label: t(recordTypeKey(type) as 'common.none') }))}
        onChange={(entity) => onChange({ entity: entity ?? undefined })}
        data-testid="audit-filter-type"
      />
      <Input
        aria-label={t('auditLog.filter.recordId')}
        placeholder={t('auditLog.filter.recordId')}
        style={{ width: width(200) }}
        allowClear
        value={recordId}
        onChange={(event) => {
          setRecordId(event.target.value);
          if (!event.target.value) onChange({ entityId: undefined });
        }}
        onPressEnter={() => onChange({ entityId: recordId.trim() || undefined })}
        onBlur={() => onChange({ entityId: recordId.trim() || undefined })}
        data-testid="audit-filter-id"
      />
      <DayRangeFilter
        from={filter.from}
        to={filter.to}
        onChange={onChange}
        fromLabel={t('auditLog.filter.from')}
        toLabel={t('auditLog.filter.to')}
        stacked={stacked}
      />
      <Button
        type="link"
        onClick={() => {
          setRecordId('');
          onClear();
        }}
      >
        {t('common.clearFilters')}
      </Button>
    </div>
  );
}
