import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useOverlay } from '../../hooks/use-overlay.ts';
import { TaskFormModal } from '../work/task-form.tsx';
import { TaskList } from '../work/task-list.tsx';

/** The customer's open tasks, everyone's, completed here as on My work. */
export function CustomerTasks({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const taskForm = useOverlay();
  return (
    <>
      <TaskList
        filter={{ customerId, status: 'open', scope: 'team' }}
        title={t('task.openTasks')}
        extra={
          <Button size="small" icon={<PlusOutlined />} onClick={() => taskForm.show()} data-testid="customer-task-new">
            {t('task.new')}
          </Button>
        }
        empty={t('task.noOpenTasks')}
        showAssignee
        hideCustomer
        testId="customer-tasks"
      />
      {taskForm.key > 0 && (
        <TaskFormModal key={taskForm.key} open={taskForm.open} customerId={customerId} onClose={taskForm.hide} />
      )}
    </>
  );
}
