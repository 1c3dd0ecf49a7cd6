import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, type ButtonProps, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type PersonKind, privacyApi } from '../../api/privacy.api.ts';
import { useApiError } from '../../hooks/use-api-error.ts';

interface EraseNameModalProps {
  open: boolean;
  kind: PersonKind;
  id: string;
  name: string;
  onClose: () => void;
}

/** The second confirmation of an erasure: the person's name typed again (the server checks it too). */
export function EraseNameModal({ open, kind, id, name, onClose }: EraseNameModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ confirmName: string }>();
  const typed = Form.useWatch('confirmName', form) ?? '';
  const queryClient = useQueryClient();
  const showError = useApiError();
  const erase = useMutation({
    mutationFn: (confirmName: string) => privacyApi.erase(kind, id, confirmName),
    onSuccess: () => {
      // The person's texts changed on many lists (customers, contacts, tasks, timeline, notifications).
      void queryClient.invalidateQueries();
      message.success(t('privacy.erased'));
      onClose();
    },
    onError: (error) => showError(error, form),
  });
  return (
    <Modal
      open={open}
      title={t('privacy.typeNameTitle')}
      okText={t('privacy.eraseNow')}
      cancelText={t('common.cancel')}
      okButtonProps={
        { danger: true, disabled: typed.trim() !== name.trim(), 'data-testid': 'erase-confirm' } as ButtonProps
      }
      confirmLoading={erase.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('privacy.typeNameText', { name })}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => erase.mutate(values.confirmName)}>
        <Form.Item
          name="confirmName"
          label={t('privacy.typeNameLabel')}
          // Checked when the field is left or sent, not at every keystroke of a name still being typed.
          validateTrigger="onBlur"
          rules={[
            {
              validator: (_, value: string | undefined) =>
                (value ?? '').trim() === name.trim()
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('privacy.typeNameMismatch'))),
            },
          ]}
        >
          <Input autoComplete="off" autoFocus data-testid="erase-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
