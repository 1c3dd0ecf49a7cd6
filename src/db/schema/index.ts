export * from './analytics.ts';
export * from './audit.ts';
export * from './customer-activity.ts';
export * from './customers.ts';
export * from './engagement.ts';
export * from './imports.ts';
export * from './orders.ts';
export * from './users.ts';
