import { createContext, useContext } from 'react';
import type { Role, User } from '../api/domain.types.ts';

export const SessionContext = createContext<User | null>(null);

/** The signed-in user; only use below the authenticated shell. */
export function useSession(): User {
  const user = useContext(SessionContext);
  if (!user) throw new Error('useSession() outside the authenticated app shell');
  return user;
}

export function useIsAdmin(): boolean {
  return useSession().role === 'admin';
}

/** Service staff read customers but do not change them (the server answers 403 if they try). */
export function useMayWriteCustomers(): boolean {
  return useSession().role !== 'service';
}

/** Only the general manager and admins assign customers to relationship managers. */
export function useMayAssignOwners(): boolean {
  const { role } = useSession();
  return role === 'admin' || role === 'manager';
}

/** Roles that keep the product catalogue and import data: admins and the general manager. */
export const catalogueRoles = ['admin', 'manager'] as const satisfies readonly Role[];

export function useMayManageProducts(): boolean {
  return (catalogueRoles as readonly Role[]).includes(useSession().role);
}

export function useMayImport(): boolean {
  return (catalogueRoles as readonly Role[]).includes(useSession().role);
}
