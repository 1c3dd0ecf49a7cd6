import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../api/contact.types.ts';
import { tasksApi } from '../../api/tasks.api.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { refreshContactQueries } from '../interactions/contact-invalidation.ts';

/** Cancels a task at once, with an Undo in the message that reopens it (no confirmation needed). */
export function useCancelTask() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showError = useApiError();

  const reopen = useMutation({
    mutationFn: (task: Task) => tasksApi.setStatus(task.id, 'open'),
    onSuccess: () => {
      refreshContactQueries(queryClient);
      message.success(t('task.reopened'));
    },
    onError: (error) => showError(error),
  });

  return useMutation({
    mutationFn: (task: Task) => tasksApi.setStatus(task.id, 'cancelled'),
    onSuccess: (task) => {
      refreshContactQueries(queryClient);
      const key = `task-cancelled-${task.id}`;
      message.open({
        key,
        type: 'success',
        duration: 8,
        content: (
          <span>
            {t('task.cancelled')}{' '}
            <Button
              type="link"
              size="small"
              data-testid="task-undo"
              onClick={() => {
                message.destroy(key);
                reopen.mutate(task);
              }}
            >
              {t('task.undo')}
            </Button>
          </span>
        ),
      });
    },
    onError: (error) => showError(error),
  });
}
