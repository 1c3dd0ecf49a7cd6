import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Flex,
  Popconfirm,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role, User } from '../../api/domain.types.ts';
import { twoFactorApi } from '../../api/two-factor.api.ts';
import { userKeys, usersApi, useUsers } from '../../api/users.api.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useEnumOptions } from '../../hooks/use-enum-options.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useOverlay } from '../../hooks/use-overlay.ts';
import { useSession } from '../../session/session-context.ts';
import { PasswordResetModal } from './password-reset-modal.tsx';
import { TwoFactorPolicySwitch } from './two-factor-policy-switch.tsx';
import { UserEditModal } from './user-edit-form.tsx';
import { UserFormModal } from './user-form.tsx';

/** 用户 (admin): the team, their roles, and who may log in. */
export function UserListPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const session = useSession();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const options = useEnumOptions();
  const format = useFormat();
  const isPhone = useIsPhone();
  const users = useUsers();
  const userForm = useOverlay();
  const editForm = useOverlay<User>();
  const passwordReset = useOverlay<User>();

  const update = useMutation({
    mutationFn: ({ id, ...patch }: { id: string; role?: Role; disabled?: boolean }) => usersApi.update(id, patch),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      message.success(t('user.saved'));
    },
    onError: (error) => showError(error),
  });

  const resetTwoFactor = useMutation({
    mutationFn: (user: User) => twoFactorApi.reset(user.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: userKeys.all });
      message.success(t('security.twoFactor.resetDone'));
    },
    onError: (error) => showError(error),
  });

  const columns: TableColumnsType<User> = [
    {
      key: 'name',
      title: t('user.fields.name'),
      render: (_, user) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>
            {user.name}
            {user.id === session.id && <Typography.Text type="secondary"> ({t('user.you')})</Typography.Text>}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {user.email}
          </Typography.Text>
        </Space>
      ),
    },
    {
      key: 'role',
      title: t('user.fields.role'),
      render: (_, user) => (
        <Select<Role>
          aria-label={`${t('user.fields.role')} ${user.name}`}
          size="small"
          style={{ width: isPhone ? 128 : 180 }}
          value={user.role}
          disabled={user.id === session.id}
          options={options.role}
          onChange={(role) =>
            // A role decides what the user may see and change, at once: asked first, like disabling.
            modal.confirm({
              title: t('user.roleConfirm', {
                name: user.name,
                role: options.role.find((option) => option.value === role)?.label ?? role,
              }),
              content: t('user.roleConfirmText'),
              okText: t('user.changeRole'),
              cancelText: t('common.cancel'),
              onOk: () => update.mutateAsync({ id: user.id, role }).catch(() => undefined),
            })
          }
        />
      ),
    },
    {
      key: 'status',
      title: t('user.fields.status'),
      responsive: ['sm'],
      render: (_, user) => (
        <Space size={4} wrap>
          {user.disabled ? (
            <Tag color="red">{t('user.disabledBadge')}</Tag>
          ) : (
            <Tag color="green">{t('user.active')}</Tag>
          )}
          {user.passwordChangeRequired && <Tag color="orange">{t('team.changeRequired')}</Tag>}
        </Space>
      ),
    },
    {
      key: 'twoFactor',
      title: t('security.twoFactor.column'),
      responsive: ['md'],
      render: (_, user) =>
        user.totpEnabledAt ? (
          <Space size={4} wrap>
            <Tag color="green">{t('common.yes')}</Tag>
            {user.id !== session.id && (
              <Popconfirm
                title={t('security.twoFactor.resetConfirm')}
                okText={t('security.twoFactor.reset')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => resetTwoFactor.mutateAsync(user).catch(() => undefined)}
              >
                <Button size="small" type="link">
                  {t('security.twoFactor.reset')}
                </Button>
              </Popconfirm>
            )}
          </Space>
        ) : (
          <Tag>{t('common.no')}</Tag>
        ),
    },
    {
      key: 'createdAt',
      title: t('account.createdAt'),
      responsive: ['lg'],
      render: (_, user) => format.date(user.createdAt),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      align: 'right',
      render: (_, user) => (
        <Space size={4} wrap style={{ justifyContent: 'flex-end' }}>
          <Button size="small" onClick={() => editForm.show(user)} aria-label={`${t('team.edit')} ${user.name}`}>
            {t('team.edit')}
          </Button>
          {user.id !== session.id && (
            <Button
              size="small"
              onClick={() => passwordReset.show(user)}
              aria-label={`${t('team.resetPassword')} ${user.name}`}
            >
              {t('team.resetPassword')}
            </Button>
          )}
          {user.id === session.id ? null : user.disabled ? (
            <Button size="small" onClick={() => update.mutate({ id: user.id, disabled: false })}>
              {t('user.enable')}
            </Button>
          ) : (
            <Popconfirm
              title={t('user.disableConfirm')}
              okText={t('user.disable')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => update.mutateAsync({ id: user.id, disabled: true }).catch(() => undefined)}
            >
              <Button size="small" danger>
                {t('user.disable')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('user.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => userForm.show()} data-testid="user-new">
          {t('user.new')}
        </Button>
      </Flex>
      <TwoFactorPolicySwitch />
      {users.isError ? (
        <LoadErrorResult error={users.error} onRetry={() => void users.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <Table<User>
            rowKey="id"
            size={isPhone ? 'small' : 'middle'}
            columns={columns}
            dataSource={users.data ?? []}
            loading={users.isPending}
            pagination={false}
            data-testid="user-table"
          />
        </Card>
      )}
      {userForm.key > 0 && <UserFormModal key={userForm.key} open={userForm.open} onClose={userForm.hide} />}
      {editForm.payload && (
        <UserEditModal key={editForm.key} user={editForm.payload} open={editForm.open} onClose={editForm.hide} />
      )}
      {passwordReset.payload && (
        <PasswordResetModal
          key={passwordReset.key}
          user={passwordReset.payload}
          open={passwordReset.open}
          onClose={passwordReset.hide}
        />
      )}
    </Flex>
  );
}
