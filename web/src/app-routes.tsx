import { Navigate, Route, Routes } from 'react-router-dom';
import { AppShell } from './components/app-shell.tsx';
import { NotFoundResult } from './components/page-results.tsx';
import { AccountPage } from './pages/account/account.page.tsx';
import { AuditLogPage } from './pages/audit/audit-log.page.tsx';
import { CustomerDetailPage } from './pages/customers/customer-detail.page.tsx';
import { CustomerListPage } from './pages/customers/customer-list.page.tsx';
import { LoginPage } from './pages/login/login.page.tsx';
import { SetupPage } from './pages/setup/setup.page.tsx';
import { UserListPage } from './pages/users/user-list.page.tsx';
import { RequireAdmin, RequireSession } from './session/session-gates.tsx';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/setup" element={<SetupPage />} />
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireSession>
            <AppShell />
          </RequireSession>
        }
      >
        <Route index element={<Navigate to="/customers" replace />} />
        <Route path="/customers" element={<CustomerListPage />} />
        <Route path="/customers/:id" element={<CustomerDetailPage />} />
        <Route
          path="/users"
          element={
            <RequireAdmin>
              <UserListPage />
            </RequireAdmin>
          }
        />
        <Route path="/account" element={<AccountPage />} />
        <Route
          path="/audit"
          element={
            <RequireAdmin>
              <AuditLogPage />
            </RequireAdmin>
          }
        />
        <Route path="*" element={<NotFoundResult />} />
      </Route>
    </Routes>
  );
}
