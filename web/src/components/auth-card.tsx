import { Card, Flex, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch.tsx';

/** The frame of the pages before a session exists: setup and login. */
export function AuthCard({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Flex vertical style={{ minHeight: '100vh', background: token.colorBgLayout }}>
      <Flex justify="space-between" align="center" style={{ padding: '12px 16px' }}>
        <Typography.Text strong style={{ fontSize: 18 }}>
          {t('app.fullName')}
        </Typography.Text>
        <LanguageSwitch size="small" />
      </Flex>
      <Flex flex={1} justify="center" align="flex-start" style={{ padding: '8vh 12px 24px' }}>
        <Card style={{ width: '100%', maxWidth: 420 }}>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {title}
          </Typography.Title>
          {intro && <Typography.Paragraph type="secondary">{intro}</Typography.Paragraph>}
          {children}
        </Card>
      </Flex>
    </Flex>
  );
}
