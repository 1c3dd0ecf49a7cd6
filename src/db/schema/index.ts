export * from './audit.ts';
export * from './customers.ts';
export * from './users.ts';
