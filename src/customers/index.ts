export { customerListFilters, visibleTo } from './customers.repo.ts';
export { customersRoutes } from './customers.routes.ts';
export { type ListCustomersQuery, listCustomersQuery } from './customers.schema.ts';
export { getCustomer, getWritableCustomer } from './customers.service.ts';
export { watchListCondition } from './watch-lists.ts';
