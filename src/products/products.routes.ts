import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { idParams } from '../shared/schema-parts.ts';
import {
  createProductBody,
  listProductsQuery,
  productPage,
  productSchema,
  updateProductBody,
} from './products.schema.ts';
import {
  createProduct,
  deleteProduct,
  getProduct,
  listCategories,
  listProducts,
  updateProduct,
} from './products.service.ts';

export const productsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/products',
    {
      schema: {
        tags: ['products'],
        summary: 'The product catalogue: search by name or SKU, filter by category and active',
        querystring: listProductsQuery,
        response: { 200: productPage },
      },
    },
    async (request) => listProducts({ db, query: request.query }),
  );

  app.get(
    '/products/categories',
    {
      schema: {
        tags: ['products'],
        summary: 'The product categories in use',
        response: { 200: z.object({ items: z.array(z.string()) }) },
      },
    },
    async () => ({ items: await listCategories({ db }) }),
  );

  app.post(
    '/products',
    {
      schema: {
        tags: ['products'],
        summary: 'Add a product (managers and admins)',
        body: createProductBody,
        response: { 201: productSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createProduct({ db, actor: request.actor, input: request.body })),
  );

  app.get(
    '/products/:id',
    { schema: { tags: ['products'], summary: 'One product', params: idParams, response: { 200: productSchema } } },
    async (request) => getProduct({ db, id: request.params.id }),
  );

  app.patch(
    '/products/:id',
    {
      schema: {
        tags: ['products'],
        summary: 'Change a product (managers and admins)',
        params: idParams,
        body: updateProductBody,
        response: { 200: productSchema },
      },
    },
    async (request) => updateProduct({ db, actor: request.actor, id: request.params.id, input: request.body }),
  );

  app.delete(
    '/products/:id',
    {
      schema: {
        tags: ['products'],
        summary: 'Delete a product no order uses (409 otherwise: deactivate it instead)',
        params: idParams,
      },
    },
    async (request, reply) => {
      await deleteProduct({ db, actor: request.actor, id: request.params.id });
      return reply.status(204).send();
    },
  );
};
