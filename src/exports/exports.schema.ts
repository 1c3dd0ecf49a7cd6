import { z } from 'zod';
import { listCustomersQuery } from '../customers/index.ts';
import { listOrdersQuery } from '../orders/index.ts';
import { listProductsQuery } from '../products/index.ts';
import { id } from '../shared/schema-parts.ts';

export const exportFormats = ['csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const format = z
  .enum(exportFormats)
  .default('csv')
  .describe('csv: the columns the import reads (UTF-8 with BOM, for Excel); json: an array of the same rows');

/** The list's filters without its paging and sort: an export holds every row they match. */
const withoutPaging = { sort: true, limit: true, cursor: true } as const;

export const customerExportQuery = listCustomersQuery.omit(withoutPaging).extend({ format });
export const contactExportQuery = customerExportQuery.extend({
  customerId: id('customer').optional().describe('Only this customer’s contacts'),
});
export const productExportQuery = listProductsQuery.omit(withoutPaging).extend({ format });
export const orderExportQuery = listOrdersQuery.omit({ limit: true, cursor: true }).extend({ format });

export type CustomerExportQuery = z.infer<typeof customerExportQuery>;
export type ContactExportQuery = z.infer<typeof contactExportQuery>;
export type ProductExportQuery = z.infer<typeof productExportQuery>;
export type OrderExportQuery = z.infer<typeof orderExportQuery>;
