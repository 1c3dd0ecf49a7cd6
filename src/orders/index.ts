export { ordersRoutes } from './orders.routes.ts';
export { listOrdersQuery } from './orders.schema.ts';
