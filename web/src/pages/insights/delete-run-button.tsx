import { DeleteOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { analyticsApi, analyticsKeys } from '../../api/analytics.api.ts';
import type { AnalysisRun } from '../../api/analytics.types.ts';
import { customerKeys } from '../../api/customers.api.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useMayRunAnalysis } from './run-analysis-button.tsx';

/** 删除此次分析: removes the shown run and its scores after a confirmation (managers and admins). */
export function DeleteRunButton({ run, onDone }: { run: AnalysisRun | undefined; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const remove = useMutation({
    mutationFn: (id: string) => analyticsApi.deleteRun(id),
    onSuccess: async () => {
      onDone();
      await queryClient.invalidateQueries({ queryKey: analyticsKeys.all });
      // The customers list filters by the latest run.
      void queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
      message.success(t('insights.run.deleted'));
    },
    onError: (error) => showError(error),
  });
  if (!useMayRunAnalysis() || !run) return null;
  return (
    <Popconfirm
      title={t('insights.run.deleteConfirm', { asOf: run.asOf })}
      okText={t('common.delete')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true }}
      onConfirm={() => remove.mutateAsync(run.id).catch(() => undefined)}
    >
      <Button danger icon={<DeleteOutlined />} loading={remove.isPending} data-testid="delete-run">
        {t('insights.run.delete')}
      </Button>
    </Popconfirm>
  );
}
