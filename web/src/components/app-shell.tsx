import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Flex, Layout, Menu, Typography, theme } from 'antd';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { authApi, authKeys } from '../api/auth.api.ts';
import { useIsPhone } from '../hooks/use-is-phone.ts';
import { useSession } from '../session/session-context.ts';
import { LanguageSwitch } from './language-switch.tsx';
import { activeNavPath, navItemsFor } from './nav-items.tsx';
import { NotificationBell } from './notification-bell.tsx';
import { FullPageSpin } from './page-results.tsx';
import { WorkCountBadge } from './work-count-badge.tsx';

function Brand({ short = false }: { short?: boolean }) {
  const { t } = useTranslation();
  return (
    <Link to="/customers" style={{ fontWeight: 600, fontSize: 18, whiteSpace: 'nowrap' }}>
      {short ? t('app.name') : t('app.fullName')}
    </Link>
  );
}

function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const user = useSession();
  const { pathname } = useLocation();
  const active = activeNavPath(pathname);
  return (
    <Menu
      mode="inline"
      style={{ borderInlineEnd: 'none' }}
      selectedKeys={active ? [active] : []}
      onClick={onNavigate}
      items={navItemsFor(user.role).map((item) => ({
        key: item.path,
        icon: item.icon,
        label: (
          <Link to={item.path}>
            {t(item.labelKey)}
            {item.badge}
          </Link>
        ),
      }))}
    />
  );
}

/** The signed-in frame: navigation (a Sider, or a Drawer on phones), a header, and the page. */
export function AppShell() {
  const { t } = useTranslation();
  const user = useSession();
  const isPhone = useIsPhone();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { token } = theme.useToken();
  const [menuOpen, setMenuOpen] = useState(false);
  const [loggingOut, setLoggingOut] = useState(false);

  const logout = async () => {
    setLoggingOut(true);
    try {
      await authApi.logout();
    } catch {
      // The session is gone either way.
    }
    queryClient.clear();
    queryClient.setQueryData(authKeys.setup, { needed: false });
    queryClient.setQueryData(authKeys.me, null);
    navigate('/login', { replace: true });
  };

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!isPhone && (
        <Layout.Sider theme="light" width={208} style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}>
          <div style={{ padding: '18px 24px' }}>
            <Brand />
          </div>
          <NavMenu />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            padding: isPhone ? '0 12px' : '0 24px',
            display: 'flex',
            alignItems: 'center',
            gap: isPhone ? 8 : 12,
          }}
        >
          {isPhone && (
            <>
              <Button
                type="text"
                icon={
                  <WorkCountBadge dot>
                    <MenuOutlined />
                  </WorkCountBadge>
                }
                aria-label={t('nav.openMenu')}
                data-testid="nav-menu-button"
                onClick={() => setMenuOpen(true)}
              />
              <Brand short />
            </>
          )}
          <div style={{ flex: 1 }} />
          <NotificationBell />
          <LanguageSwitch size={isPhone ? 'small' : undefined} />
          {!isPhone && (
            <Typography.Text strong data-testid="session-user-name">
              {user.name}
            </Typography.Text>
          )}
          <Button
            type="text"
            icon={<UserOutlined />}
            aria-label={t('nav.account')}
            title={t('nav.account')}
            onClick={() => navigate('/account')}
          >
            {isPhone ? null : t('nav.account')}
          </Button>
          <Button
            type="text"
            icon={<LogoutOutlined />}
            aria-label={t('nav.logout')}
            title={t('nav.logout')}
            data-testid="logout"
            loading={loggingOut}
            onClick={() => void logout()}
          >
            {isPhone ? null : t('nav.logout')}
          </Button>
        </Layout.Header>
        <Layout.Content style={{ padding: isPhone ? 12 : 24, minWidth: 0 }}>
          {/* Pages load lazily: the frame stays while the next one arrives. */}
          <Suspense fallback={<FullPageSpin />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
      {isPhone && (
        <Drawer
          placement="left"
          size={264}
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          title={<Brand />}
          styles={{ body: { padding: 0 } }}
          footer={
            <Flex vertical>
              <Typography.Text strong>{user.name}</Typography.Text>
              <Typography.Text type="secondary">{t(`enums.role.${user.role}`)}</Typography.Text>
            </Flex>
          }
        >
          <NavMenu onNavigate={() => setMenuOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
