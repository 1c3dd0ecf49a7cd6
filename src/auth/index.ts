export {
  type Actor,
  type Caller,
  isSystem,
  managesTeam,
  mayAssignOwners,
  mayWriteCustomers,
  roleOf,
  type SystemActor,
  seesAllCustomers,
  systemActor,
  userIdOf,
} from './actor.ts';
export { hashPassword, hashSecret, newSecret } from './secrets.ts';
