import {
  BarChartOutlined,
  CheckSquareOutlined,
  MailOutlined,
  MessageOutlined,
  PhoneOutlined,
  ShoppingCartOutlined,
  TeamOutlined,
  WechatOutlined,
} from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InteractionMedium } from '../../api/domain.types.ts';
import type { TimelineEntry } from '../../api/timeline.api.ts';
import { segmentTagColors, stageTagColors, useAnalysisLabels } from '../../hooks/use-analysis-labels.ts';
import { priorityTagColors, useContactLabels } from '../../hooks/use-contact-labels.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { OrderStatusTag } from '../orders/order-status-tag.tsx';

const mediumIcons: Record<InteractionMedium, ReactNode> = {
  phone: <PhoneOutlined />,
  email: <MailOutlined />,
  visit: <TeamOutlined />,
  meeting: <TeamOutlined />,
  wechat: <WechatOutlined />,
  sms: <MessageOutlined />,
  other: <MessageOutlined />,
};

/** The dot of an entry on the timeline. */
export function timelineIcon(entry: TimelineEntry): ReactNode {
  if (entry.kind === 'interaction') return mediumIcons[entry.data.medium];
  if (entry.kind === 'order') return <ShoppingCartOutlined />;
  if (entry.kind === 'task') return <CheckSquareOutlined />;
  return <BarChartOutlined />;
}

const taskStatusColors = { open: 'blue', done: 'green', cancelled: 'default' } as const;

function Line({ children }: { children: ReactNode }) {
  return (
    <Flex gap={6} align="center" wrap style={{ overflowWrap: 'anywhere' }}>
      {children}
    </Flex>
  );
}

/** What one timeline entry says: the interaction, the order, the task or the analysis' move. */
export function TimelineEntryContent({
  entry,
  onOpenOrder,
}: {
  entry: TimelineEntry;
  onOpenOrder: (id: string) => void;
}) {
  const { t } = useTranslation();
  const label = useContactLabels();
  const analysis = useAnalysisLabels();
  const format = useFormat();
  const when = (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {format.dateTime(entry.at)}
    </Typography.Text>
  );

  if (entry.kind === 'interaction') {
    const { data } = entry;
    const facts = [
      label.medium(data.medium),
      label.direction(data.direction),
      data.outcome && label.outcome(data.outcome),
      data.durationMinutes != null && t('timeline.minutes', { count: data.durationMinutes }),
    ].filter(Boolean);
    return (
      <Flex vertical gap={2} data-testid="timeline-interaction">
        {when}
        <Line>
          <Typography.Text strong>{facts.join(' · ')}</Typography.Text>
          {data.user && (
            <Typography.Text type="secondary">{t('timeline.by', { name: data.user.name })}</Typography.Text>
          )}
        </Line>
        {data.note && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{data.note}</Typography.Text>}
        {data.nextStep && (
          <Typography.Text type="secondary">{t('timeline.nextStep', { text: data.nextStep })}</Typography.Text>
        )}
      </Flex>
    );
  }

  if (entry.kind === 'order') {
    const { data } = entry;
    return (
      <Flex vertical gap={2} data-testid="timeline-order">
        {when}
        <Line>
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpenOrder(entry.id)}>
            {t('timeline.order', { externalId: data.externalId })}
          </Button>
          <Typography.Text strong>{format.money(data.total, data.currency)}</Typography.Text>
          <Typography.Text type="secondary">{t('timeline.orderLines', { count: data.lineCount })}</Typography.Text>
          <OrderStatusTag status={data.status} />
        </Line>
      </Flex>
    );
  }

  if (entry.kind === 'task') {
    const { data } = entry;
    return (
      <Flex vertical gap={2} data-testid="timeline-task">
        {when}
        <Line>
          <Tag color={taskStatusColors[data.status]} style={{ marginInlineEnd: 0 }}>
            {label.status(data.status)}
          </Tag>
          <Typography.Text strong>{data.title}</Typography.Text>
          {data.priority !== 'normal' && (
            <Tag color={priorityTagColors[data.priority]} style={{ marginInlineEnd: 0 }}>
              {label.priority(data.priority)}
            </Tag>
          )}
        </Line>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {[
            t('timeline.taskDue', { due: format.dateTime(data.dueAt) }),
            data.rule ? t('task.origin.rule', { name: data.rule.name }) : t('task.origin.manual'),
            data.assignee && t('task.assignedTo', { name: data.assignee.name }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography.Text>
      </Flex>
    );
  }

  const { data } = entry;
  return (
    <Flex vertical gap={2} data-testid="timeline-analysis">
      {when}
      {data.segment && (
        <Line>
          <Tag color={segmentTagColors[data.segment.to]} style={{ marginInlineEnd: 0 }}>
            {analysis.segment(data.segment.to)}
          </Tag>
          <Typography.Text>
            {data.segment.from
              ? t('timeline.segmentMoved', {
                  from: analysis.segment(data.segment.from),
                  to: analysis.segment(data.segment.to),
                })
              : t('timeline.segmentEntered', { to: analysis.segment(data.segment.to) })}
          </Typography.Text>
        </Line>
      )}
      {data.stage && (
        <Line>
          <Tag color={stageTagColors[data.stage.to]} style={{ marginInlineEnd: 0 }}>
            {analysis.stage(data.stage.to)}
          </Tag>
          <Typography.Text>
            {data.stage.from
              ? t('timeline.stageMoved', { from: analysis.stage(data.stage.from), to: analysis.stage(data.stage.to) })
              : t('timeline.stageEntered', { to: analysis.stage(data.stage.to) })}
          </Typography.Text>
        </Line>
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('timeline.analysis', { asOf: format.day(data.asOf) })}
      </Typography.Text>
    </Flex>
  );
}
