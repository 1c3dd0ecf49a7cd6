import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { interactionsApi } from '../../api/interactions.api.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { refreshContactQueries } from './contact-invalidation.ts';
import { InteractionFields } from './interaction-fields.tsx';
import { type InteractionFormValues, interactionDefaults, toInteractionInput } from './interaction-values.ts';

interface QuickLogDrawerProps {
  open: boolean;
  customerId: string;
  onClose: () => void;
}

/** 记录联系: log a call, visit or message with a customer in a few taps. Mount afresh for each use (see useOverlay). */
export function QuickLogDrawer({ open, customerId, onClose }: QuickLogDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<InteractionFormValues>();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const isPhone = useIsPhone();

  const save = useMutation({
    mutationFn: (values: InteractionFormValues) => interactionsApi.create(customerId, toInteractionInput(values)),
    onSuccess: () => {
      refreshContactQueries(queryClient);
      message.success(t('interaction.logged'));
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      size={isPhone ? '100%' : 520}
      title={t('interaction.title')}
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="interaction-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form<InteractionFormValues>
        form={form}
        layout="vertical"
        initialValues={interactionDefaults}
        onFinish={(values) => save.mutate(values)}
        scrollToFirstError
        data-testid="interaction-form"
      >
        <InteractionFields customerId={customerId} />
      </Form>
    </Drawer>
  );
}
