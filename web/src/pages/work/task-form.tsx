import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TaskPriority } from '../../api/domain.types.ts';
import { tasksApi } from '../../api/tasks.api.ts';
import { useUsers } from '../../api/users.api.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useContactOptions } from '../../hooks/use-contact-labels.ts';
import { useMayAssignOwners, useSession } from '../../session/session-context.ts';
import { CustomerPicker } from '../customers/customer-picker.tsx';
import { refreshContactQueries } from '../interactions/contact-invalidation.ts';

interface TaskFormValues {
  title: string;
  customerId?: string | null;
  assigneeId: string;
  dueAt: Dayjs;
  priority: TaskPriority;
  notes?: string | null;
}

interface TaskFormModalProps {
  open: boolean;
  /** The customer it is about, when made from the customer's page. */
  customerId?: string;
  onClose: () => void;
}

/** A task made by hand; managers may give it to someone else. Mount afresh for each use (see useOverlay). */
export function TaskFormModal({ open, customerId, onClose }: TaskFormModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TaskFormValues>();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const options = useContactOptions();
  const session = useSession();
  const mayAssign = useMayAssignOwners();
  const users = useUsers();

  const save = useMutation({
    mutationFn: (values: TaskFormValues) =>
      tasksApi.create({
        title: values.title.trim(),
        customerId: values.customerId || undefined,
        assigneeId: values.assigneeId,
        dueAt: values.dueAt.format(),
        priority: values.priority,
        notes: values.notes?.trim() || undefined,
      }),
    onSuccess: () => {
      refreshContactQueries(queryClient);
      message.success(t('task.created'));
      onClose();
    },
    onError: (error) => showError(error, form),
  });

  const initialValues: Partial<TaskFormValues> = {
    customerId: customerId ?? null,
    assigneeId: session.id,
    dueAt: dayjs().add(1, 'day').hour(10).minute(0).second(0).millisecond(0),
    priority: 'normal',
  };
  const userOptions = (users.data ?? [])
    .filter((user) => !user.disabled)
    .map((user) => ({ value: user.id, label: user.name }));

  return (
    <Modal
      open={open}
      title={t('task.new')}
      okText={t('common.create')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={save.isPending}
      okButtonProps={{ 'data-testid': 'task-save' }}
    >
      <Form<TaskFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => save.mutate(values)}
        data-testid="task-form"
      >
        <Form.Item
          name="title"
          label={t('task.fields.title')}
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
        >
          <Input autoFocus maxLength={300} />
        </Form.Item>
        <Form.Item name="customerId" label={t('task.fields.customer')}>
          <CustomerPicker placeholder={t('task.customerPlaceholder')} style={{ width: '100%' }} />
        </Form.Item>
        {mayAssign && (
          <Form.Item name="assigneeId" label={t('task.fields.assignee')} rules={[{ required: true }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={userOptions} loading={users.isPending} />
          </Form.Item>
        )}
        <Form.Item
          name="dueAt"
          label={t('task.fields.dueAt')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="priority" label={t('task.fields.priority')}>
          <Radio.Group optionType="button" options={options.priority} />
        </Form.Item>
        <Form.Item name="notes" label={t('task.fields.notes')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
