import { Alert, Button, Flex, Modal, Progress, Result, Spin, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DemoResult } from '../../api/data.types.ts';
import { useEnumLabels } from '../../hooks/use-enum-options.ts';
import { useFormat } from '../../hooks/use-format.ts';
import { useIsPhone } from '../../hooks/use-is-phone.ts';

interface DemoDataModalProps {
  open: boolean;
  loading: boolean;
  result: DemoResult | undefined;
  error: Error | null;
  onEnter: () => void;
}

/** Seconds since `running` turned true, ticking once a second. */
function useElapsedSeconds(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) return;
    setSeconds(0);
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, [running]);
  return seconds;
}

/** While the demo company is created: progress; then the demo users and their password. */
export function DemoDataModal({ open, loading, result, error, onEnter }: DemoDataModalProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = useEnumLabels();
  const isPhone = useIsPhone();
  const seconds = useElapsedSeconds(loading);
  // The server answers once, at the end: the bar creeps towards 95 % over about a minute.
  const percent = Math.min(95, Math.round(100 * (1 - Math.exp(-seconds / 25))));

  let body: React.ReactNode;
  if (loading)
    body = (
      <Flex vertical align="center" gap={16} style={{ padding: 16 }} data-testid="demo-loading">
        <Spin size="large" />
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('demo.loadingTitle')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('demo.loadingHint')}</Typography.Text>
        <Progress percent={percent} status="active" showInfo={false} style={{ width: '100%' }} />
        <Typography.Text type="secondary">{t('demo.elapsed', { seconds })}</Typography.Text>
      </Flex>
    );
  else if (error)
    body = (
      <Result
        status="warning"
        title={t('demo.failed')}
        subTitle={
          <Flex vertical>
            <span>{error.message}</span>
            <span>{t('demo.failedHint')}</span>
          </Flex>
        }
      />
    );
  else if (result)
    body = (
      <Flex vertical gap={12} data-testid="demo-result">
        <Alert
          type="success"
          showIcon
          title={result.company ? t('demo.doneTitleCompany', { company: result.company }) : t('demo.doneTitle')}
          description={t('demo.doneSummary', {
            customers: format.integer(result.customers),
            products: format.integer(result.products),
            orders: format.integer(result.orders),
            orderLines: format.integer(result.orderLines),
          })}
        />
        <Typography.Text>{t('demo.usersIntro')}</Typography.Text>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{t('demo.password')}</Typography.Text>
          <Typography.Text code copyable data-testid="demo-password">
            {result.password}
          </Typography.Text>
        </Flex>
        <Table
          rowKey="email"
          size="small"
          pagination={false}
          dataSource={result.users}
          scroll={isPhone ? { x: 'max-content' } : undefined}
          columns={[
            { key: 'name', title: t('user.fields.name'), dataIndex: 'name' },
            { key: 'email', title: t('user.fields.email'), dataIndex: 'email' },
            { key: 'role', title: t('user.fields.role'), render: (_, user) => label.role(user.role) },
          ]}
          data-testid="demo-users"
        />
      </Flex>
    );

  return (
    <Modal
      open={open}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      width={isPhone ? '100%' : 640}
      footer={
        loading ? null : (
          <Button type="primary" onClick={onEnter} data-testid="demo-enter">
            {error ? t('demo.continue') : t('demo.enter')}
          </Button>
        )
      }
    >
      {body}
    </Modal>
  );
}
