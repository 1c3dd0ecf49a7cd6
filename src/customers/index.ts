export { visibleTo } from './customers.repo.ts';
export { customersRoutes } from './customers.routes.ts';
export { getCustomer, getWritableCustomer } from './customers.service.ts';
