import {
  AuditOutlined,
  BarChartOutlined,
  ClockCircleOutlined,
  CloudUploadOutlined,
  DatabaseOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  ShoppingCartOutlined,
  ShoppingOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Role } from '../api/domain.types.ts';
import type { en } from '../i18n/en.ts';
import { catalogueRoles } from '../session/session-context.ts';
import { WorkCountBadge } from './work-count-badge.tsx';

/** One entry of the main navigation. Add a section by adding a line here (and its route). */
export interface NavItem {
  path: string;
  labelKey: `nav.${keyof typeof en.nav}`;
  icon: ReactNode;
  /** Who sees it; everyone when left out. */
  roles?: readonly Role[];
  /** A count beside the label (My work's tasks due). */
  badge?: ReactNode;
}

export const navItems: readonly NavItem[] = [
  { path: '/work', labelKey: 'nav.work', icon: <ScheduleOutlined />, badge: <WorkCountBadge /> },
  { path: '/customers', labelKey: 'nav.customers', icon: <TeamOutlined /> },
  { path: '/insights', labelKey: 'nav.insights', icon: <BarChartOutlined /> },
  { path: '/products', labelKey: 'nav.products', icon: <ShoppingOutlined /> },
  { path: '/orders', labelKey: 'nav.orders', icon: <ShoppingCartOutlined /> },
  { path: '/neglect', labelKey: 'nav.neglect', icon: <ClockCircleOutlined /> },
  { path: '/contact-rules', labelKey: 'nav.contactRules', icon: <ThunderboltOutlined /> },
  { path: '/import', labelKey: 'nav.import', icon: <CloudUploadOutlined />, roles: catalogueRoles },
  { path: '/users', labelKey: 'nav.users', icon: <UserOutlined />, roles: ['admin'] },
  { path: '/audit', labelKey: 'nav.audit', icon: <AuditOutlined />, roles: ['admin'] },
  { path: '/settings/privacy', labelKey: 'nav.privacy', icon: <SafetyOutlined />, roles: ['admin', 'manager'] },
  { path: '/settings/backup', labelKey: 'nav.backup', icon: <DatabaseOutlined />, roles: ['admin'] },
];

export function navItemsFor(role: Role): NavItem[] {
  return navItems.filter((item) => !item.roles || item.roles.includes(role));
}

/** The nav entry a path belongs to (/customers/42 → /customers). */
export function activeNavPath(pathname: string): string | undefined {
  return navItems.find((item) => pathname === item.path || pathname.startsWith(`${item.path}/`))?.path;
}
