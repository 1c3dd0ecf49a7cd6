import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space, Switch, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ContactRule, contactRuleKeys, contactRulesApi } from '../../api/contact-rules.api.ts';
import { isApiError } from '../../api-client.ts';
import { useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { ruleSummary } from './rule-summary.ts';

interface RuleTableProps {
  rules: ContactRule[];
  loading: boolean;
  /** Managers and admins change rules; everyone else reads them. */
  mayEdit: boolean;
  onEdit: (rule: ContactRule) => void;
}

/** The contact rules: when each fires, what it makes, whether it is on; switch, edit, delete. */
export function RuleTable({ rules, loading, mayEdit, onEdit }: RuleTableProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const analysis = useAnalysisLabels();
  const format = useFormat();
  const isPhone = useIsPhone();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: contactRuleKeys.all });

  const setEnabled = useMutation({
    mutationFn: ({ rule, enabled }: { rule: ContactRule; enabled: boolean }) =>
      contactRulesApi.update(rule.id, { enabled }),
    onSuccess: (rule) => {
      refresh();
      message.success(rule.enabled ? t('rules.enabled') : t('rules.disabled'));
    },
    onError: (error) => showError(error),
  });
  const remove = useMutation({
    mutationFn: (rule: ContactRule) => contactRulesApi.remove(rule.id),
    onSuccess: () => {
      refresh();
      message.success(t('rules.deleted'));
    },
    onError: (error, rule) => {
      if (!isApiError(error, 409)) return showError(error);
      modal.confirm({
        title: t('rules.systemCannotDelete'),
        okText: t('rules.disable'),
        cancelText: t('common.cancel'),
        onOk: () => setEnabled.mutateAsync({ rule, enabled: false }),
      });
    },
  });

  const columns: TableColumnsType<ContactRule> = [
    {
      key: 'name',
      title: t('rules.fields.name'),
      render: (_, rule) => (
        <Space orientation="vertical" size={0}>
          <Space size={4} wrap>
            <Typography.Text strong>{rule.name}</Typography.Text>
            {rule.systemKey && <Tag>{t('rules.systemRule')}</Tag>}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {ruleSummary(rule, t, analysis)}
          </Typography.Text>
          {isPhone && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {rule.lastFiredAt
                ? t('rules.fired', { count: rule.firings, date: format.dateTime(rule.lastFiredAt) })
                : t('rules.neverFired')}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      key: 'fired',
      title: t('rules.runResult'),
      responsive: ['md'],
      render: (_, rule) =>
        rule.lastFiredAt
          ? t('rules.fired', { count: rule.firings, date: format.dateTime(rule.lastFiredAt) })
          : t('rules.neverFired'),
    },
    {
      key: 'enabled',
      title: t('rules.fields.enabled'),
      width: 80,
      render: (_, rule) => (
        <Switch
          size="small"
          checked={rule.enabled}
          disabled={!mayEdit}
          loading={setEnabled.isPending && setEnabled.variables?.rule.id === rule.id}
          aria-label={`${t('rules.fields.enabled')} ${rule.name}`}
          onChange={(enabled) => setEnabled.mutate({ rule, enabled })}
          data-testid="rule-enabled"
        />
      ),
    },
  ];
  if (mayEdit)
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      align: 'right',
      render: (_, rule) => (
        <Space size={0}>
          <Button
            type="text"
            icon={<EditOutlined />}
            aria-label={`${t('common.edit')} ${rule.name}`}
            onClick={() => onEdit(rule)}
            data-testid="rule-edit"
          />
          <Popconfirm
            title={rule.systemKey ? t('rules.systemCannotDelete') : t('rules.deleteConfirm')}
            okText={rule.systemKey ? t('rules.disable') : t('common.delete')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true, disabled: Boolean(rule.systemKey) && !rule.enabled }}
            onConfirm={() =>
              (rule.systemKey ? setEnabled.mutateAsync({ rule, enabled: false }) : remove.mutateAsync(rule)).catch(
                () => undefined,
              )
            }
          >
            <Button type="text" danger icon={<DeleteOutlined />} aria-label={`${t('common.delete')} ${rule.name}`} />
          </Popconfirm>
        </Space>
      ),
    });

  return (
    <Table<ContactRule>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rules}
      loading={loading}
      pagination={false}
      showHeader={!isPhone}
      locale={{ emptyText: t('rules.empty') }}
      data-testid="rule-table"
    />
  );
}
