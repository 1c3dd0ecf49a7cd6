import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Flex, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InteractionInput, Task } from '../../api/contact.types.ts';
import { tasksApi } from '../../api/tasks.api.ts';
import { useApiError, withoutFieldPrefix } from '../../hooks/use-api-error.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { refreshContactQueries } from '../interactions/contact-invalidation.ts';
import { InteractionFields } from '../interactions/interaction-fields.tsx';
import {
  type InteractionFormValues,
  interactionDefaults,
  toInteractionInput,
} from '../interactions/interaction-values.ts';

interface CompleteTaskModalProps {
  open: boolean;
  task: Task;
  onClose: () => void;
}

/**
 * Completes a task, logging the interaction that did it in the same step (the call, the visit);
 * "complete without logging" skips the log. Mount afresh for each use (see useOverlay).
 */
export function CompleteTaskModal({ open, task, onClose }: CompleteTaskModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<InteractionFormValues>();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const isPhone = useIsPhone();
  const mayLog = task.customer !== null;

  const complete = useMutation({
    mutationFn: (interaction: InteractionInput | undefined) => tasksApi.complete(task.id, interaction),
    onSuccess: () => {
      refreshContactQueries(queryClient);
      message.success(t('task.completed'));
      onClose();
    },
    onError: (error) => showError(withoutFieldPrefix(error, 'interaction'), form),
  });

  return (
    <Modal
      open={open}
      title={t('task.completeTitle')}
      onCancel={onClose}
      width={isPhone ? '100%' : 560}
      style={isPhone ? { top: 8, maxWidth: 'calc(100vw - 16px)' } : undefined}
      footer={
        <Flex gap={8} justify="flex-end" wrap>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            loading={complete.isPending && !complete.variables}
            onClick={() => complete.mutate(undefined)}
            data-testid="task-complete-without-log"
          >
            {t('task.completeWithoutLog')}
          </Button>
          {mayLog && (
            <Button
              type="primary"
              loading={complete.isPending && Boolean(complete.variables)}
              onClick={() => form.submit()}
              data-testid="task-complete-and-log"
            >
              {t('task.completeAndLog')}
            </Button>
          )}
        </Flex>
      }
    >
      <Typography.Paragraph strong>{task.title}</Typography.Paragraph>
      {mayLog && (
        <>
          <Typography.Paragraph type="secondary">{t('task.logInteraction')}</Typography.Paragraph>
          <Form<InteractionFormValues>
            form={form}
            layout="vertical"
            initialValues={interactionDefaults}
            onFinish={(values) => complete.mutate(toInteractionInput(values))}
            scrollToFirstError
            data-testid="task-complete-form"
          >
            <InteractionFields customerId={task.customer?.id ?? null} />
          </Form>
        </>
      )}
    </Modal>
  );
}
