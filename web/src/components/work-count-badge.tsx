import { Badge } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useTaskCounts } from '../api/tasks.api.ts';

/** My work's count of tasks overdue or due today (red when any is overdue), around `children` or alone. */
export function WorkCountBadge({ children, dot = false }: { children?: ReactNode; dot?: boolean }) {
  const { t } = useTranslation();
  const counts = useTaskCounts('mine');
  const overdue = counts.data?.overdue ?? 0;
  const today = counts.data?.today ?? 0;
  return (
    <Badge
      count={overdue + today}
      dot={dot && overdue + today > 0}
      size="small"
      color={overdue > 0 ? 'red' : '#c41d7f'}
      title={t('work.badge', { overdue, today })}
      offset={children ? undefined : [6, -2]}
      data-testid="work-count"
    >
      {children}
    </Badge>
  );
}
