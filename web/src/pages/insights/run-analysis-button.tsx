import { ThunderboltOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { analyticsApi, analyticsKeys } from '../../api/analytics.api.ts';
import type { AnalysisRun } from '../../api/analytics.types.ts';
import { customerKeys } from '../../api/customers.api.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useSession } from '../../session/session-context.ts';

/** Roles that may start an analysis run (the server's rule). */
export function useMayRunAnalysis(): boolean {
  const { role } = useSession();
  return role === 'admin' || role === 'manager';
}

/** 立即分析: scores every customer now; the pictures then show the new run. */
export function RunAnalysisButton({
  onDone,
  primary = false,
}: {
  onDone: (run: AnalysisRun) => void;
  primary?: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const run = useMutation({
    mutationFn: () => analyticsApi.startRun(),
    onSuccess: async (created) => {
      await queryClient.invalidateQueries({ queryKey: analyticsKeys.all });
      // The customers list filters by the latest run.
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
      message.success(t('insights.run.finished', { count: created.customerCount }));
      onDone(created);
    },
    onError: (error) => showError(error),
  });
  if (!useMayRunAnalysis()) return null;
  return (
    <Button
      type={primary ? 'primary' : 'default'}
      icon={<ThunderboltOutlined />}
      loading={run.isPending}
      onClick={() => run.mutate()}
      data-testid="run-analysis"
    >
      {t('insights.run.runNow')}
    </Button>
  );
}
