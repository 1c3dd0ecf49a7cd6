import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken, CreatedApiToken } from '../../api/domain.types.ts';
import { tokenKeys, tokensApi, useApiTokens } from '../../api/tokens.api.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useFormat } from '../../hooks/use-format.ts';

interface TokenValues {
  name: string;
  /** 0: never expires. */
  expiresInDays: number;
}

/** Lifetimes offered for a new token, in days; 0 is "never". */
const expiryChoices = [30, 90, 365, 0];

/** API tokens for scripts: list, create with an expiry (the secret is shown once), revoke. */
export function ApiTokenList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TokenValues>();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const format = useFormat();
  const tokens = useApiTokens();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  const create = useMutation({
    mutationFn: (values: TokenValues) => tokensApi.create(values.name.trim(), values.expiresInDays || undefined),
    onSuccess: (token) => {
      form.resetFields();
      setCreated(token);
      void queryClient.invalidateQueries({ queryKey: tokenKeys.all });
    },
    onError: (error) => showError(error, form),
  });

  const revoke = useMutation({
    mutationFn: (token: ApiToken) => tokensApi.revoke(token.id),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: tokenKeys.all });
      message.success(t('account.revoked'));
    },
    onError: (error) => showError(error),
  });

  const columns: TableColumnsType<ApiToken> = [
    { key: 'name', title: t('account.tokenName'), dataIndex: 'name' },
    {
      key: 'createdAt',
      title: t('account.createdAt'),
      responsive: ['md'],
      render: (_, token) => format.dateTime(token.createdAt),
    },
    {
      key: 'lastUsedAt',
      title: t('account.lastUsed'),
      responsive: ['sm'],
      render: (_, token) => (token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('account.never')),
    },
    {
      key: 'expiresAt',
      title: t('security.expiry'),
      responsive: ['sm'],
      render: (_, token) => (token.expiresAt ? format.dateTime(token.expiresAt) : t('security.expiryNever')),
    },
    {
      key: 'status',
      title: t('account.status'),
      render: (_, token) =>
        token.revokedAt ? (
          <Tag>{t('account.revoked')}</Tag>
        ) : isExpired(token) ? (
          <Tag color="orange">{t('security.expired')}</Tag>
        ) : (
          <Tag color="green">{t('account.active')}</Tag>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      align: 'right',
      render: (_, token) =>
        token.revokedAt ? null : (
          <Popconfirm
            title={t('account.revokeConfirm')}
            okText={t('account.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => revoke.mutateAsync(token).catch(() => undefined)}
          >
            <Button size="small" danger>
              {t('account.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        {t('account.tokensHint')} <Typography.Text code>{t('account.tokensHeader')}</Typography.Text>
      </Typography.Text>
      <Form<TokenValues>
        form={form}
        layout="inline"
        initialValues={{ expiresInDays: 90 }}
        onFinish={(values) => create.mutate(values)}
      >
        <Form.Item
          name="name"
          rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
          style={{ marginBottom: 8 }}
        >
          <Input placeholder={t('account.tokenName')} aria-label={t('account.tokenName')} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="expiresInDays" label={t('security.expiry')} style={{ marginBottom: 8 }}>
          <Select<number>
            style={{ width: 140 }}
            options={expiryChoices.map((days) => ({
              value: days,
              label: days ? t('security.expiryDays', { count: days }) : t('security.expiryNever'),
            }))}
            data-testid="token-expiry"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="token-create">
          {t('account.createToken')}
        </Button>
      </Form>
      <Table<ApiToken>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={tokens.data ?? []}
        loading={tokens.isPending}
        pagination={false}
        locale={{ emptyText: t('account.noTokens') }}
      />
      <Modal
        open={created !== null}
        title={t('account.tokenCreated')}
        onCancel={() => setCreated(null)}
        footer={<Button onClick={() => setCreated(null)}>{t('common.close')}</Button>}
      >
        <Alert type="warning" showIcon title={t('account.tokenOnce')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph
          code
          copyable={{ text: created?.token ?? '', tooltips: [t('common.copy'), t('common.copied')] }}
          style={{ wordBreak: 'break-all' }}
          data-testid="token-secret"
        >
          {created?.token}
        </Typography.Paragraph>
      </Modal>
    </Space>
  );
}

const isExpired = (token: ApiToken) => token.expiresAt !== null && new Date(token.expiresAt).getTime() <= Date.now();
