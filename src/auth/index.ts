export { type Actor, managesTeam, mayAssignOwners, mayWriteCustomers, seesAllCustomers } from './actor.ts';
export { hashPassword, hashSecret, newSecret } from './secrets.ts';
