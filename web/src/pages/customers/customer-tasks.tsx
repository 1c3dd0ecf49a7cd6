import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOverlay } from '../../hooks/use-overlay.ts';
import { useMayAssignOwners } from '../../session/session-context.ts';
import { TaskFormModal } from '../work/task-form.tsx';
import { TaskList } from '../work/task-list.tsx';

/**
 * The customer's open tasks, completed here as on My work. Managers see everyone's; others their
 * own (the tasks API lists the team's for managers only).
 */
export function CustomerTasks({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const managesTeam = useMayAssignOwners();
  const taskForm = useOverlay();
  return (
    <>
      <TaskList
        filter={{ customerId, status: 'open', scope: managesTeam ? 'team' : 'mine' }}
        title={t('task.openTasks')}
        extra={
          <Button size="small" icon={<PlusOutlined />} onClick={() => taskForm.show()} data-testid="customer-task-new">
            {t('task.new')}
          </Button>
        }
        empty={managesTeam ? t('task.noOpenTasks') : `${t('task.noOpenTasks')} · ${t('task.ownOnly')}`}
        showAssignee={managesTeam}
        hideCustomer
        testId="customer-tasks"
      />
      {taskForm.key > 0 && (
        <TaskFormModal key={taskForm.key} open={taskForm.open} customerId={customerId} onClose={taskForm.hide} />
      )}
    </>
  );
}
