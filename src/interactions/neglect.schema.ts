import { z } from 'zod';
import { languages } from '../shared/language.ts';
import { id, pageQuery } from '../shared/schema-parts.ts';

const days = z.coerce.number().int().min(1, 'must be 1 to 3650').max(3650, 'must be 1 to 3650').default(30);

/** Whose neglected customers: one relationship manager's, or (`noOwner`) those without one. */
const whose = {
  ownerId: id('user').optional(),
  noOwner: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .transform((value) => value === 'true')
    .optional(),
};

export const neglectQuery = z.object({
  days,
  ownerId: whose.ownerId,
  limit: z.coerce.number().int().min(1, 'must be 1 to 200').max(200, 'must be 1 to 200').default(20),
});
export type NeglectQuery = z.infer<typeof neglectQuery>;

export const neglectedCustomerSchema = z.object({
  id: z.string(),
  name: z.string(),
  lastInteractionAt: z.date().nullable(),
  daysSince: z.number().nullable(),
  monetary: z.string(),
  segment: z.string().nullable(),
  stage: z.string().nullable(),
});

export const neglectReportSchema = z
  .object({
    days: z.number(),
    owners: z.array(
      z.object({
        owner: z.object({ id: z.string(), name: z.string() }).nullable(),
        /** All of the owner's neglected customers; `customers` lists the most valuable `limit`. */
        count: z.number(),
        customers: z.array(neglectedCustomerSchema),
      }),
    ),
  })
  .meta({ id: 'NeglectReport' });

export const neglectPageQuery = z.object({ days, ...whose, ...pageQuery });
export type NeglectPageQuery = z.infer<typeof neglectPageQuery>;

export const neglectPageSchema = z
  .object({
    items: z.array(neglectedCustomerSchema),
    nextCursor: z.string().nullable(),
    /** How many neglected customers the list has in all. */
    total: z.number(),
  })
  .meta({ id: 'NeglectedCustomerPage' });

export const neglectExportQuery = z.object({
  days,
  ...whose,
  /** The language of the file's headers and labels; default: the reader's. */
  language: z.enum(languages, { message: 'must be zh-CN or en' }).optional(),
});
export type NeglectExportQuery = z.infer<typeof neglectExportQuery>;

export const neglectTasksBody = z.strictObject({
  days,
  ownerId: whose.ownerId,
  /** Only these of the neglected customers (the ones picked in the report); default: all of them. */
  customerIds: z.array(id('customer')).min(1, 'must name at least one customer').max(5000, 'at most 5000').optional(),
  /** The tasks are due this many days from now. */
  dueDays: z.number().int().min(0, 'must be 0 to 90').max(90, 'must be 0 to 90').default(0),
  /** Count what would be made, make nothing (the confirmation). */
  dryRun: z.boolean().default(false),
});
export type NeglectTasksInput = z.infer<typeof neglectTasksBody>;

export const neglectTasksResultSchema = z
  .object({
    /** Tasks made (or, with dryRun, that would be). */
    made: z.number(),
    /** Skipped: an open task for the customer exists already. */
    openTask: z.number(),
    /** Skipped: no relationship manager, or a disabled one. */
    noOwner: z.number(),
    /** Skipped: a relationship manager makes tasks only for the customers they own. */
    notYours: z.number(),
    dryRun: z.boolean(),
  })
  .meta({ id: 'NeglectTasksResult' });
export type NeglectTasksResult = z.infer<typeof neglectTasksResultSchema>;
