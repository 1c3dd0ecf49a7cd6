import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { Card, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Task } from '../../api/contact.types.ts';
import { type TaskFilter, taskKeys, tasksApi } from '../../api/tasks.api.ts';
import { ListFooter } from '../../components/list-footer.tsx';
import { LoadErrorResult } from '../../components/page-results.tsx';
import { useOverlay } from '../../hooks/use-overlay.ts';
import { CompleteTaskModal } from './complete-task-modal.tsx';
import { TaskItem } from './task-item.tsx';
import { useCancelTask } from './use-cancel-task.tsx';

const pageSize = 20;

interface TaskListProps {
  filter: TaskFilter;
  title: ReactNode;
  extra?: ReactNode;
  empty: ReactNode;
  overdue?: boolean;
  showAssignee?: boolean;
  hideCustomer?: boolean;
  testId: string;
}

/** A card of tasks matching a filter, by keyset pages, each completed (with its log) or cancelled (with undo). */
export function TaskList({ filter, title, extra, empty, overdue, showAssignee, hideCustomer, testId }: TaskListProps) {
  const { t } = useTranslation();
  const completing = useOverlay<Task>();
  const cancel = useCancelTask();
  const tasks = useInfiniteQuery({
    queryKey: taskKeys.list(filter),
    queryFn: ({ pageParam }) => tasksApi.list({ ...filter, limit: pageSize, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    placeholderData: keepPreviousData,
  });
  const items = tasks.data?.pages.flatMap((page) => page.items) ?? [];

  let body: ReactNode;
  if (tasks.isPending) body = <Skeleton active paragraph={{ rows: 2 }} style={{ padding: 12 }} />;
  else if (tasks.isError && !tasks.data)
    body = <LoadErrorResult error={tasks.error} onRetry={() => void tasks.refetch()} />;
  else if (items.length === 0)
    body = (
      <Typography.Text type="secondary" style={{ display: 'block', padding: 12 }} data-testid={`${testId}-empty`}>
        {empty}
      </Typography.Text>
    );
  else
    body = (
      <>
        {items.map((task) => (
          <TaskItem
            key={task.id}
            task={task}
            overdue={overdue}
            showAssignee={showAssignee}
            hideCustomer={hideCustomer}
            onComplete={completing.show}
            onCancel={(task) => cancel.mutate(task)}
          />
        ))}
        {(tasks.hasNextPage || items.length > pageSize) && (
          <ListFooter
            countLabel={t('work.count', { count: items.length })}
            hasMore={tasks.hasNextPage}
            loading={tasks.isFetchingNextPage}
            onLoadMore={() => void tasks.fetchNextPage()}
            testId={`${testId}-load-more`}
          />
        )}
      </>
    );

  return (
    <Card size="small" title={title} extra={extra} styles={{ body: { padding: 0 } }} data-testid={testId}>
      {body}
      {completing.key > 0 && completing.payload && (
        <CompleteTaskModal
          key={completing.key}
          open={completing.open}
          task={completing.payload}
          onClose={completing.hide}
        />
      )}
    </Card>
  );
}
