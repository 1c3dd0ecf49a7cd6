import { CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Tooltip, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Task } from '../../api/contact.types.ts';
import { priorityTagColors, useContactLabels } from '../../hooks/use-contact-labels.ts';
import { useFormat } from '../../hooks/use-format.ts';

interface TaskItemProps {
  task: Task;
  overdue?: boolean;
  /** Say whose task it is (the team view). */
  showAssignee?: boolean;
  /** Leave out the customer link (on the customer's own page). */
  hideCustomer?: boolean;
  onComplete?: (task: Task) => void;
  onCancel?: (task: Task) => void;
}

/** One task: what to do, for whom, when, how urgent and where it came from; complete or cancel it. */
export function TaskItem({ task, overdue, showAssignee, hideCustomer, onComplete, onCancel }: TaskItemProps) {
  const { t } = useTranslation();
  const label = useContactLabels();
  const format = useFormat();
  const { token } = theme.useToken();
  const details = [
    !hideCustomer &&
      (task.customer ? (
        <Link key="customer" to={`/customers/${task.customer.id}`} data-testid="task-customer">
          {task.customer.name}
        </Link>
      ) : (
        <Typography.Text key="customer" type="secondary">
          {t('task.noCustomer')}
        </Typography.Text>
      )),
    <Typography.Text key="due" type={overdue ? 'danger' : 'secondary'}>
      {format.dateTime(task.dueAt)}
    </Typography.Text>,
    <Typography.Text key="origin" type="secondary">
      {task.rule ? t('task.origin.rule', { name: task.rule.name }) : t('task.origin.manual')}
    </Typography.Text>,
    showAssignee && (
      <Typography.Text key="assignee" type="secondary">
        {t('task.assignedTo', { name: task.assignee.name })}
      </Typography.Text>
    ),
  ].filter(Boolean);

  return (
    <Flex
      gap={8}
      align="center"
      justify="space-between"
      wrap
      style={{ padding: '10px 12px', borderBottom: `1px solid ${token.colorBorderSecondary}` }}
      data-testid="task-item"
    >
      <Flex vertical gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
        <Flex gap={6} align="center" wrap>
          <Tag color={priorityTagColors[task.priority]} style={{ marginInlineEnd: 0 }}>
            {label.priority(task.priority)}
          </Tag>
          <Typography.Text strong style={{ overflowWrap: 'anywhere' }} data-testid="task-title">
            {task.title}
          </Typography.Text>
        </Flex>
        <Flex gap={4} wrap style={{ fontSize: 13 }}>
          {details.map((detail, index) => (
            <span key={(detail as { key: string }).key} style={{ overflowWrap: 'anywhere' }}>
              {index > 0 && <Typography.Text type="secondary"> · </Typography.Text>}
              {detail}
            </span>
          ))}
        </Flex>
      </Flex>
      {task.status === 'open' && (onComplete || onCancel) && (
        <Flex gap={4}>
          {onComplete && (
            <Button size="small" icon={<CheckOutlined />} onClick={() => onComplete(task)} data-testid="task-complete">
              {t('task.complete')}
            </Button>
          )}
          {onCancel && (
            <Tooltip title={t('task.cancel')}>
              <Button
                size="small"
                type="text"
                icon={<CloseOutlined />}
                aria-label={`${t('task.cancel')} ${task.title}`}
                onClick={() => onCancel(task)}
                data-testid="task-cancel"
              />
            </Tooltip>
          )}
        </Flex>
      )}
    </Flex>
  );
}
