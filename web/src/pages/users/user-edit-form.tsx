import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/domain.types.ts';
import { userKeys, usersApi } from '../../api/users.api.ts';
import { emailRules } from '../../components/form-rules.ts';
import { useApiError } from '../../hooks/use-api-error.ts';

interface UserEditValues {
  name: string;
  email: string;
}

/** An administrator corrects a user's name or email (an email in use shows on its field). Mount afresh for each use. */
export function UserEditModal({ user, open, onClose }: { user: User; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserEditValues>();
  const queryClient = useQueryClient();
  const showError = useApiError();

  const save = useMutation({
    mutationFn: (values: UserEditValues) =>
      usersApi.update(user.id, { name: values.name.trim(), email: values.email.trim() }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      message.success(t('team.saved'));
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  return (
    <Modal
      open={open}
      title={t('team.editTitle', { name: user.name })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ id: 'user-edit-save' }}
    >
      <Form<UserEditValues>
        form={form}
        layout="vertical"
        initialValues={{ name: user.name, email: user.email }}
        onFinish={(values) => save.mutate(values)}
        data-testid="user-edit-form"
      >
        <Form.Item
          name="name"
          label={t('user.fields.name')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input autoComplete="off" autoFocus />
        </Form.Item>
        <Form.Item name="email" label={t('user.fields.email')} rules={emailRules(t)}>
          <Input type="email" autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
