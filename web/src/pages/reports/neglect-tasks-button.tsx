import { CheckSquareOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Segmented, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type NeglectTasksInput, reportKeys, reportsApi } from '../../api/reports.api.ts';
import { taskKeys } from '../../api/tasks.api.ts';
import { useApiError } from '../../hooks/use-api-error.ts';
import { useSession } from '../../session/session-context.ts';

interface NeglectTasksButtonProps {
  days: number;
  ownerId?: string;
  /** The customers picked on the page; empty: every neglected customer of the filter. */
  selected: ReadonlySet<string>;
  onDone: () => void;
}

const dueChoices = [
  { days: 0, label: 'dueToday' },
  { days: 3, label: 'dueIn3' },
  { days: 7, label: 'dueIn7' },
] as const;

/**
 * 为这些客户建跟进任务: a task per neglected customer (all of the filter, or those picked), for the
 * customer's relationship manager. The confirmation first counts what would be made and left out.
 */
export function NeglectTasksButton({ days, ownerId, selected, onDone }: NeglectTasksButtonProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { role } = useSession();
  const queryClient = useQueryClient();
  const showError = useApiError();
  const [open, setOpen] = useState(false);
  const [dueDays, setDueDays] = useState(0);
  const input: NeglectTasksInput = {
    days,
    ownerId,
    customerIds: selected.size ? [...selected] : undefined,
    dueDays,
    dryRun: true,
  };
  const preview = useQuery({
    queryKey: [...reportKeys.all, 'neglect-tasks-preview', input],
    queryFn: () => reportsApi.makeTasks(input),
    enabled: open,
    gcTime: 0,
  });
  const make = useMutation({
    mutationFn: () => reportsApi.makeTasks({ ...input, dryRun: false }),
    onSuccess: (result) => {
      message.success(t('neglectActions.made', { count: result.made }));
      void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      setOpen(false);
      onDone();
    },
    onError: (error) => showError(error),
  });
  if (role === 'service') return null;

  const counts = preview.data;
  return (
    <>
      <Button icon={<CheckSquareOutlined />} onClick={() => setOpen(true)} data-testid="neglect-make-tasks">
        {selected.size
          ? t('neglectActions.makeTasksSelected', { count: selected.size })
          : t('neglectActions.makeTasks')}
      </Button>
      <Modal
        open={open}
        title={t('neglectActions.confirmTitle')}
        onCancel={() => setOpen(false)}
        okText={t('neglectActions.confirm')}
        okButtonProps={{ disabled: !counts?.made, loading: make.isPending, id: 'neglect-tasks-confirm' }}
        onOk={() => make.mutate()}
        destroyOnHidden
      >
        <Flex vertical gap={12} data-testid="neglect-tasks-modal">
          <Typography.Text>
            {selected.size
              ? t('neglectActions.confirmSelected', { count: selected.size })
              : t('neglectActions.confirmAll')}
          </Typography.Text>
          <Flex gap={8} align="center" wrap>
            <Typography.Text>{t('neglectActions.due')}:</Typography.Text>
            <Segmented<number>
              aria-label={t('neglectActions.due')}
              value={dueDays}
              onChange={setDueDays}
              options={dueChoices.map((choice) => ({ value: choice.days, label: t(`neglectActions.${choice.label}`) }))}
            />
          </Flex>
          {preview.isPending ? (
            <Skeleton active paragraph={{ rows: 2 }} title={false} />
          ) : preview.isError ? (
            <Alert type="error" showIcon title={preview.error.message} />
          ) : counts && counts.made === 0 ? (
            <Alert type="info" showIcon title={t('neglectActions.nothingToMake')} />
          ) : (
            <Typography.Text strong data-testid="neglect-tasks-count">
              {t('neglectActions.willMake', { count: counts?.made ?? 0 })}
            </Typography.Text>
          )}
          {counts?.openTask ? (
            <Typography.Text type="secondary">
              {t('neglectActions.skipOpen', { count: counts.openTask })}
            </Typography.Text>
          ) : null}
          {counts?.noOwner ? (
            <Typography.Text type="secondary">
              {t('neglectActions.skipNoOwner', { count: counts.noOwner })}
            </Typography.Text>
          ) : null}
          {counts?.notYours ? (
            <Typography.Text type="secondary">
              {t('neglectActions.skipNotYours', { count: counts.notYours })}
            </Typography.Text>
          ) : null}
        </Flex>
      </Modal>
    </>
  );
}
