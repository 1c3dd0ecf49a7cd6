export { productsRoutes } from './products.routes.ts';
export { listProductsQuery } from './products.schema.ts';
