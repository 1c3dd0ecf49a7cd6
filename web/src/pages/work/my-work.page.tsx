import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Flex, Segmented, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { type TaskBucket, type TaskScope, taskBuckets } from '../../api/contact.types.ts';
import { useTaskCounts } from '../../api/tasks.api.ts';
import { useUsers } from '../../api/users.api.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';
import { useOverlay } from '../../hooks/use-overlay.ts';
import { useUrlFilter } from '../../hooks/use-url-filter.ts';
import { useMayAssignOwners } from '../../session/session-context.ts';
import { TaskFormModal } from './task-form.tsx';
import { TaskList } from './task-list.tsx';

const filterSpecs = { scope: { values: ['mine', 'team'], default: 'mine' }, assigneeId: {} } as const;
const bucketColors: Record<TaskBucket, string> = { overdue: 'red', today: 'magenta', upcoming: '#8c8c8c' };

/** 我的工作: whom to call today and why — overdue, today and upcoming tasks; managers can see the team's. */
export function MyWorkPage() {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const managesTeam = useMayAssignOwners();
  const { filter, update } = useUrlFilter(filterSpecs);
  const scope: TaskScope = managesTeam && filter.scope === 'team' ? 'team' : 'mine';
  const assigneeId = scope === 'team' ? filter.assigneeId : undefined;
  const counts = useTaskCounts(scope, assigneeId);
  const users = useUsers();
  const taskForm = useOverlay();

  const userOptions = (users.data ?? []).map((user) => ({ value: user.id, label: user.name }));

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {scope === 'team' ? t('work.teamTitle') : t('work.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => taskForm.show()} data-testid="task-new">
          {t('task.new')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('work.hint')}</Typography.Text>
      {managesTeam && (
        <Flex gap={8} wrap align="center">
          <Segmented<TaskScope>
            aria-label={t('work.scopeLabel')}
            value={scope}
            onChange={(value) => update({ scope: value, assigneeId: undefined })}
            options={[
              { value: 'mine', label: t('work.scope.mine') },
              { value: 'team', label: t('work.scope.team') },
            ]}
            data-testid="work-scope"
          />
          {scope === 'team' && (
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              aria-label={t('work.assignee')}
              placeholder={t('work.everyone')}
              value={assigneeId ?? null}
              onChange={(value) => update({ assigneeId: value ?? undefined })}
              options={userOptions}
              style={{ width: isPhone ? '100%' : 220 }}
              data-testid="work-assignee"
            />
          )}
        </Flex>
      )}
      {taskBuckets.map((bucket) => (
        <TaskList
          key={bucket}
          filter={{ scope, assigneeId, bucket }}
          title={
            <Flex gap={8} align="center">
              {t(`work.buckets.${bucket}`)}
              {counts.data && (
                <Badge
                  count={counts.data[bucket]}
                  showZero
                  overflowCount={999}
                  color={counts.data[bucket] === 0 ? '#bfbfbf' : bucketColors[bucket]}
                />
              )}
            </Flex>
          }
          empty={t(`work.empty.${bucket}`)}
          overdue={bucket === 'overdue'}
          showAssignee={scope === 'team'}
          testId={`work-${bucket}`}
        />
      ))}
      {taskForm.key > 0 && <TaskFormModal key={taskForm.key} open={taskForm.open} onClose={taskForm.hide} />}
    </Flex>
  );
}
