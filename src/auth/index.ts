export { type Actor, mayAssignOwners, mayWriteCustomers, seesAllCustomers } from './actor.ts';
export { hashPassword, hashSecret, newSecret } from './secrets.ts';
