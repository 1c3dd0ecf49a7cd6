import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi, authKeys } from '../api/auth.api.ts';
import type { User } from '../api/domain.types.ts';
import { useTwoFactorStatus } from '../api/two-factor.api.ts';
import { AuthCard } from '../components/auth-card.tsx';
import { FullPageSpin } from '../components/page-results.tsx';
import { TwoFactorSettings } from '../pages/account/two-factor-settings.tsx';

/**
 * While administrators must use two-factor sign-in, an administrator without it sees only its set-up
 * (the server refuses everything else with 403 totp_enrolment_required); the app opens once it is on.
 */
export function RequireTwoFactor({ user, children }: { user: User; children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mayNeedIt = user.role === 'admin' && !user.totpEnabledAt;
  const status = useTwoFactorStatus({ enabled: mayNeedIt });
  if (!mayNeedIt) return children;
  if (status.isPending) return <FullPageSpin />;
  if (!status.data?.enrolmentRequired) return children;

  const logout = async () => {
    await authApi.logout().catch(() => undefined);
    queryClient.setQueryData(authKeys.me, null);
  };
  return (
    <AuthCard title={t('security.twoFactor.requiredTitle')} intro={t('security.twoFactor.requiredHint')}>
      <TwoFactorSettings />
      <Button type="link" onClick={() => void logout()} style={{ paddingInline: 0, marginTop: 16 }}>
        {t('nav.logout')}
      </Button>
    </AuthCard>
  );
}
