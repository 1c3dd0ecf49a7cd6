import { Alert, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleRunResult } from '../../api/contact-rules.api.ts';
import { useFormat } from '../../hooks/use-format.ts';

type RuleCount = RuleRunResult['rules'][number];

/**
 * What "run now" did (with a background pass it waited for): how many tasks and notifications, rule
 * by rule; and what the rules made since they were last changed, background passes included.
 */
export function RuleRunResultView({ result, onClose }: { result: RuleRunResult; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: TableColumnsType<RuleCount> = [
    { key: 'name', title: t('rules.fields.name'), dataIndex: 'name' },
    { key: 'events', title: t('rules.runEvents'), dataIndex: 'events', align: 'right' },
    { key: 'tasks', title: t('rules.runTasks'), dataIndex: 'tasks', align: 'right' },
    { key: 'notifications', title: t('rules.runNotifications'), dataIndex: 'notifications', align: 'right' },
  ];
  const acted = result.rules.filter((rule) => rule.events > 0 || rule.tasks > 0);
  return (
    <Alert
      type="success"
      showIcon
      closable={{ onClose }}
      data-testid="rule-run-result"
      title={t('rules.runDone', {
        asOf: format.dateTime(result.asOf),
        tasks: result.tasks,
        notifications: result.notifications,
      })}
      description={
        <>
          {acted.length === 0 ? (
            t('rules.runNone')
          ) : (
            <Table<RuleCount>
              rowKey="ruleId"
              size="small"
              columns={columns}
              dataSource={acted}
              pagination={false}
              style={{ marginTop: 8 }}
            />
          )}
          {result.sinceChange && (
            <div style={{ marginTop: 8 }} data-testid="rule-run-since-change">
              {t('rules.runSinceChange', {
                changedAt: format.dateTime(result.sinceChange.changedAt),
                tasks: result.sinceChange.tasks,
                notifications: result.sinceChange.notifications,
              })}
            </div>
          )}
        </>
      }
    />
  );
}
