import {
  AuditOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  ShoppingCartOutlined,
  ShoppingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../api/domain.types.ts';
import type { en } from '../i18n/en.ts';
import { catalogueRoles } from '../session/session-context.ts';

/** One entry of the main navigation. Add a section by adding a line here (and its route). */
export interface NavItem {
  path: string;
  labelKey: `nav.${keyof typeof en.nav}`;
  icon: ReactNode;
  /** Who sees it; everyone when left out. */
  roles?: readonly Role[];
}

export const navItems: readonly NavItem[] = [
  { path: '/customers', labelKey: 'nav.customers', icon: <TeamOutlined /> },
  { path: '/insights', labelKey: 'nav.insights', icon: <BarChartOutlined /> },
  { path: '/products', labelKey: 'nav.products', icon: <ShoppingOutlined /> },
  { path: '/orders', labelKey: 'nav.orders', icon: <ShoppingCartOutlined /> },
  { path: '/import', labelKey: 'nav.import', icon: <CloudUploadOutlined />, roles: catalogueRoles },
  { path: '/users', labelKey: 'nav.users', icon: <UserOutlined />, roles: ['admin'] },
  { path: '/audit', labelKey: 'nav.audit', icon: <AuditOutlined />, roles: ['admin'] },
];

export function navItemsFor(role: Role): NavItem[] {
  return navItems.filter((item) => !item.roles || item.roles.includes(role));
}

/** The nav entry a path belongs to (/customers/42 → /customers). */
export function activeNavPath(pathname: string): string | undefined {
  return navItems.find((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))?.path;
}
