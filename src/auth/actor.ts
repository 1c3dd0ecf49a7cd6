import type { Role } from '../db/schema/index.ts';

/** The user on whose behalf a request or command runs. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Managers, admins and service staff see every customer; relationship managers only their own and shared ones. */
export const seesAllCustomers = (actor: Actor) => actor.role !== 'relationship_manager';

/** Service staff read customers but do not change them. */
export const mayWriteCustomers = (actor: Actor) => actor.role !== 'service';

/** The general manager and admins lead the team: they see everyone's work and edit the contact rules. */
export const managesTeam = (actor: Actor) => actor.role === 'admin' || actor.role === 'manager';

/** Only those who manage the team assign customers to relationship managers. */
export const mayAssignOwners = managesTeam;
