import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi, authKeys } from '../api/auth.api.ts';
import type { User } from '../api/domain.types.ts';
import { AuthCard } from '../components/auth-card.tsx';
import { PasswordChangeForm } from '../pages/account/password-change-form.tsx';

/**
 * After an administrator reset the password, the user sees only the change of password (from the
 * temporary one to their own); the app opens once it is done.
 */
export function RequirePasswordChange({ user, children }: { user: User; children: ReactNode }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  if (!user.passwordChangeRequired) return children;

  const logout = async () => {
    await authApi.logout().catch(() => undefined);
    queryClient.setQueryData(authKeys.me, null);
  };
  return (
    <AuthCard title={t('team.changeRequiredTitle')} intro={t('team.changeRequiredHint')}>
      <PasswordChangeForm onChanged={() => void queryClient.invalidateQueries({ queryKey: authKeys.me })} />
      <Button type="link" onClick={() => void logout()} style={{ paddingInline: 0, marginTop: 16 }}>
        {t('nav.logout')}
      </Button>
    </AuthCard>
  );
}
