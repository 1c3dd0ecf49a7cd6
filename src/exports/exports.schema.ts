import { z } from 'zod';
import { listCustomersQuery } from '../customers/index.ts';
import { listOrdersQuery } from '../orders/index.ts';
import { listProductsQuery } from '../products/index.ts';
import { fileLanguage, id } from '../shared/schema-parts.ts';

export const exportFormats = ['csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const format = z
  .enum(exportFormats)
  .default('csv')
  .describe(
    'csv: the columns the import reads (UTF-8 with BOM, for Excel), headed and labelled for a reader unless ' +
      '`codes=true`; json (for programs): an array of the same rows keyed by the column keys, with codes',
  );
/** How a CSV export names its columns and enumerations' values: for a reader, or for a program and the import. */
const csvWording = {
  language: fileLanguage,
  codes: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true')
    .describe(
      'true: the import’s column keys as headers and raw codes as values (organization, referral, paid, true), ' +
        'exactly as before, for round-trips and scripts; false: headers and enumerations’ labels in the ' +
        'reader’s language (or `language`), which the import reads back as well. JSON always has keys and codes.',
    ),
};

/** The list's filters without its paging and sort: an export holds every row they match. */
const withoutPaging = { sort: true, limit: true, cursor: true } as const;

export const customerExportQuery = listCustomersQuery.omit(withoutPaging).extend({ format, ...csvWording });
export const contactExportQuery = customerExportQuery.extend({
  customerId: id('customer').optional().describe('Only this customer’s contacts'),
});
export const productExportQuery = listProductsQuery.omit(withoutPaging).extend({ format, ...csvWording });
export const orderExportQuery = listOrdersQuery.omit({ limit: true, cursor: true }).extend({ format, ...csvWording });

export type CustomerExportQuery = z.infer<typeof customerExportQuery>;
export type ContactExportQuery = z.infer<typeof contactExportQuery>;
export type ProductExportQuery = z.infer<typeof productExportQuery>;
export type OrderExportQuery = z.infer<typeof orderExportQuery>;
