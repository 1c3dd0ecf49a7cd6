import type { Role } from '../db/schema/index.ts';
import type { Language } from '../shared/language.ts';

/** The user on whose behalf a request runs. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The language the user chose to read Guanxi in; null until chosen (then the request's Accept-Language). */
  language?: Language | null;
}

/**
 * Work that no user asked for through the API: the command line (run by whoever runs the server), the
 * scheduler, the first-run setup. It is trusted like an administrator and named in the audit log; a
 * missing actor is never taken for it.
 */
export interface SystemActor {
  readonly system: 'command line' | 'scheduler' | 'first-run setup';
}

/** Whoever a service acts for: a user, or the system itself. */
export type Caller = Actor | SystemActor;

export const systemActor = (system: SystemActor['system']): SystemActor => ({ system });

export const isSystem = (caller: Caller): caller is SystemActor => 'system' in caller;

/** The role a caller's permissions follow: the system's are an administrator's. */
export const roleOf = (caller: Caller): Role => (isSystem(caller) ? 'admin' : caller.role);

/** The user behind a caller, or null for the system (recorded as such in jobs, runs and the audit log). */
export const userIdOf = (caller: Caller) => (isSystem(caller) ? null : caller.id);

/** Managers, admins and service staff see every customer; relationship managers only their own and shared ones. */
export const seesAllCustomers = (actor: Caller) => roleOf(actor) !== 'relationship_manager';

/**
 * Service staff (客服) read every customer but change no customer, contact or order (nor products or
 * contact rules, which only managers change). What they do change: they log interactions (a service
 * call is a contact; they may correct or remove what they logged themselves) and manage the tasks
 * assigned to themselves; like everyone but managers, they neither give tasks to others nor change
 * anyone else's task or interaction (tasks.service.ts, interactions.service.ts).
 */
export const mayWriteCustomers = (actor: Caller) => roleOf(actor) !== 'service';

/** The general manager and admins lead the team: they see everyone's work and edit the contact rules. */
export const managesTeam = (actor: Caller) => ['admin', 'manager'].includes(roleOf(actor));

/** Only those who manage the team assign customers to relationship managers. */
export const mayAssignOwners = managesTeam;
