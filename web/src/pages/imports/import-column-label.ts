import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataKind } from '../../api/domain.types.ts';

/**
 * Where an import column (`external_id`, `owner_email`, as the server names it) is labelled: an
 * i18n key, the label that exports and templates head it with. test/api/import-column-labels.test.ts
 * checks that every column of every kind has one in both languages.
 */
export const columnLabelKey = (kind: DataKind, column: string) => `import.columnLabels.${kind}.${column}`;

/** A column's label in the interface language; its key for a column the web app does not know. */
export function useColumnLabel(kind: DataKind): (column: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (column: string) => {
      const key = columnLabelKey(kind, column);
      return i18n.exists(key) ? t(key as 'common.none') : column;
    },
    [kind, t, i18n],
  );
}
