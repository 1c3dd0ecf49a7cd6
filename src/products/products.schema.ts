import { z } from 'zod';
import { currency, money, optionalText, page, pageQuery } from '../shared/schema-parts.ts';

const writableFields = {
  sku: z.string().trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  category: optionalText(100),
  currency,
  listPrice: money,
  unitCost: money.nullable(),
  active: z.boolean(),
};

export const createProductBody = z.strictObject({
  ...writableFields,
  currency: writableFields.currency.default('CNY'),
  unitCost: writableFields.unitCost.optional(),
  active: writableFields.active.default(true),
});
export const updateProductBody = z.strictObject(writableFields).partial();
export type CreateProductInput = z.infer<typeof createProductBody>;
export type UpdateProductInput = z.infer<typeof updateProductBody>;

export const productSorts = ['name', '-name', 'sku', '-sku', 'createdAt', '-createdAt'] as const;
export const listProductsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  category: z.string().trim().max(100).optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
  sort: z.enum(productSorts).default('name'),
  ...pageQuery,
});
export type ListProductsQuery = z.infer<typeof listProductsQuery>;

export const productSchema = z
  .object({
    id: z.string(),
    sku: z.string(),
    name: z.string(),
    category: z.string().nullable(),
    currency: z.string(),
    listPrice: z.string(),
    unitCost: z.string().nullable(),
    active: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Product' });
export const productPage = page(productSchema);
