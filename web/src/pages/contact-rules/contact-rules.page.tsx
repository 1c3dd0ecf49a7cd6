import { PlayCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ContactRule,
  contactRuleKeys,
  contactRulesApi,
  type RuleRunResult,
  useContactRules,
} from '../../api/contact-rules.api.ts';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useOverlay } from '../../hooks/use-overlay.ts';
import { useMayAssignOwners } from '../../session/session-context.ts';
import { refreshContactQueries } from '../interactions/contact-invalidation.ts';
import { RuleFormDrawer } from './rule-form.tsx';
import { RuleRunResultView } from './rule-run-result.tsx';
import { RuleTable } from './rule-table.tsx';

/**
 * 客户接触规则: the rules that turn purchases and silences into tasks. Managers and admins change
 * and run them; everyone else reads them, to know where their tasks come from.
 */
export function ContactRulesPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const mayEdit = useMayAssignOwners();
  const rules = useContactRules();
  const ruleForm = useOverlay<ContactRule>();
  const [runResult, setRunResult] = useState<RuleRunResult | null>(null);

  const run = useMutation({
    mutationFn: contactRulesApi.run,
    onSuccess: (result) => {
      setRunResult(result);
      refreshContactQueries(queryClient);
      void queryClient.invalidateQueries({ queryKey: contactRuleKeys.all });
    },
    onError: (error) => showError(error),
  });

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('rules.title')}
        </Typography.Title>
        {mayEdit && (
          <Flex gap={8} wrap>
            <Popconfirm
              title={t('rules.runConfirm')}
              okText={t('rules.run')}
              cancelText={t('common.cancel')}
              onConfirm={() => run.mutateAsync().catch(() => undefined)}
            >
              <Button icon={<PlayCircleOutlined />} loading={run.isPending} data-testid="rules-run">
                {t('rules.run')}
              </Button>
            </Popconfirm>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => ruleForm.show()} data-testid="rule-new">
              {t('rules.new')}
            </Button>
          </Flex>
        )}
      </Flex>
      <Typography.Text type="secondary">{t('rules.hint')}</Typography.Text>
      {!mayEdit && <Alert type="info" showIcon title={t('rules.readOnly')} />}
      {runResult && <RuleRunResultView result={runResult} onClose={() => setRunResult(null)} />}
      {rules.isError ? (
        <LoadErrorResult error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <Card size="small" styles={{ body: { padding: 0 } }}>
          <RuleTable rules={rules.data ?? []} loading={rules.isPending} mayEdit={mayEdit} onEdit={ruleForm.show} />
        </Card>
      )}
      {ruleForm.key > 0 && (
        <RuleFormDrawer key={ruleForm.key} open={ruleForm.open} rule={ruleForm.payload} onClose={ruleForm.hide} />
      )}
    </Flex>
  );
}
