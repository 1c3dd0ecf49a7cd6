import { Card, Descriptions, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../session/session-context.ts';
import { ApiTokenList } from './api-token-list.tsx';
import { CalendarFeedSettings } from './calendar-feed-settings.tsx';
import { PasswordChangeForm } from './password-change-form.tsx';
import { TwoFactorSettings } from './two-factor-settings.tsx';

/** The signed-in user's own settings. */
export function AccountPage() {
  const { t } = useTranslation();
  const user = useSession();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('account.title')}
      </Typography.Title>
      <Card size="small" title={t('account.profile')}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 3, lg: 3, xl: 3, xxl: 3 }}
          items={[
            { key: 'name', label: t('user.fields.name'), children: user.name },
            { key: 'email', label: t('user.fields.email'), children: user.email },
            { key: 'role', label: t('user.fields.role'), children: t(`enums.role.${user.role}`) },
          ]}
        />
      </Card>
      <Card size="small" title={t('account.changePassword')}>
        <PasswordChangeForm />
      </Card>
      <Card size="small" title={t('security.twoFactor.title')}>
        <TwoFactorSettings />
      </Card>
      <Card size="small" title={t('calendarFeed.title')}>
        <CalendarFeedSettings />
      </Card>
      <Card size="small" title={t('account.tokens')}>
        <ApiTokenList />
      </Card>
    </Flex>
  );
}
