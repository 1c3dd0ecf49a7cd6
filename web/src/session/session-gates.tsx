import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useSessionUser, useSetupStatus } from '../api/auth.api.ts';
import type { Role } from '../api/domain.types.ts';
import { ForbiddenResult, FullPageSpin, LoadErrorResult } from '../components/page-results.tsx';
import { useAccountLanguage } from '../hooks/use-language.ts';
import { RequirePasswordChange } from './password-change-gate.tsx';
import { SessionContext, useIsAdmin, useSession } from './session-context.ts';
import { RequireTwoFactor } from './two-factor-gate.tsx';

/** The way into the app: first-run setup, then a session, else the login page. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const setup = useSetupStatus();
  const session = useSessionUser();
  useAccountLanguage(session.data?.language);

  if (setup.isPending) return <FullPageSpin />;
  if (setup.isError) return <LoadErrorResult error={setup.error} onRetry={() => void setup.refetch()} />;
  if (setup.data.needed) return <Navigate to="/setup" replace />;
  if (session.isPending) return <FullPageSpin />;
  if (session.isError) return <LoadErrorResult error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return (
    <SessionContext value={session.data}>
      <RequirePasswordChange user={session.data}>
        <RequireTwoFactor user={session.data}>{children}</RequireTwoFactor>
      </RequirePasswordChange>
    </SessionContext>
  );
}

export function RequireAdmin({ children }: { children: ReactNode }) {
  return useIsAdmin() ? children : <ForbiddenResult />;
}

/** Only these roles may open the page (the server checks again). */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  return roles.includes(useSession().role) ? children : <ForbiddenResult roles={roles} />;
}
