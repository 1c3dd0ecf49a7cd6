import { z } from 'zod';
import { customerKinds, leadSources, relationshipLevels } from '../db/schema/index.ts';
import { loyaltyStages, rfmSegments, valueQuadrants, watchLists } from '../shared/domain.ts';
import { id, money, optionalEmail, optionalPhone, optionalText, page, pageQuery } from '../shared/schema-parts.ts';

const tag = z.string().trim().min(1, 'tags must not be empty').max(50, 'tags are at most 50 characters');

const writableFields = {
  kind: z.enum(customerKinds),
  internal: z.boolean(),
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  externalId: optionalText(100),
  industry: optionalText(100),
  region: optionalText(100),
  phone: optionalPhone,
  email: optionalEmail,
  address: optionalText(500),
  tags: z
    .array(tag)
    .max(30, 'at most 30 tags')
    .transform((tags) => [...new Set(tags)]),
  source: z.enum(leadSources).nullable(),
  referredById: id('customer').nullable(),
  level: z.enum(relationshipLevels),
  ownerId: id('user').nullable(),
  sharedWithIds: z.array(id('user')).max(50, 'at most 50 users'),
  notes: optionalText(10_000),
  /** 顾客占有率: estimated total yearly spend of the customer on what we sell (ours and competitors'). */
  walletEstimate: money.nullable(),
  /** A manager's judgement of the customer's potential, 0–100 (an input of the value pyramids). */
  potentialScore: z
    .number()
    .int('must be a whole number')
    .min(0, 'must be 0 to 100')
    .max(100, 'must be 0 to 100')
    .nullable(),
  archived: z.boolean(),
};

export const createCustomerBody = z.strictObject({
  ...writableFields,
  internal: writableFields.internal.default(false),
  tags: writableFields.tags.default([]),
  source: writableFields.source.optional(),
  referredById: writableFields.referredById.optional(),
  level: writableFields.level.default('basic'),
  ownerId: writableFields.ownerId.optional(),
  sharedWithIds: writableFields.sharedWithIds.default([]),
  walletEstimate: writableFields.walletEstimate.optional(),
  potentialScore: writableFields.potentialScore.optional(),
  archived: writableFields.archived.default(false),
});
export const updateCustomerBody = z.strictObject(writableFields).partial();

export type CreateCustomerInput = z.infer<typeof createCustomerBody>;
export type UpdateCustomerInput = z.infer<typeof updateCustomerBody>;

export const customerSorts = [
  'name',
  '-name',
  'createdAt',
  '-createdAt',
  'updatedAt',
  '-updatedAt',
  'revenue',
  '-revenue',
  'lastPurchaseAt',
  '-lastPurchaseAt',
  'lastContactAt',
  '-lastContactAt',
] as const;
export type CustomerSort = (typeof customerSorts)[number];

export const listCustomersQuery = z.object({
  q: z.string().trim().max(100, 'must be at most 100 characters').optional(),
  ownerId: id('user').optional(),
  tag: z.string().trim().max(50).optional(),
  kind: z.enum(customerKinds).optional(),
  source: z.enum(leadSources).optional(),
  level: z.enum(relationshipLevels).optional(),
  internal: z.enum(['true', 'false']).optional(),
  archived: z.enum(['true', 'false', 'all']).default('false'),
  /** Filters by the latest analysis run (see docs/analytics.md). */
  segment: z.enum([...rfmSegments, 'prospect']).optional(),
  abcClass: z.enum(['A', 'B', 'C', 'D']).optional(),
  stage: z.enum(loyaltyStages).optional(),
  watch: z.enum(watchLists).optional(),
  quadrant: z.enum(valueQuadrants).optional(),
  /** With `tier`: customers in that tier (1 = top) of that value pyramid. */
  pyramidId: id('value pyramid').optional(),
  tier: z.coerce.number().int().min(1).max(7).optional(),
  sort: z
    .enum(customerSorts)
    .default('-createdAt')
    .describe(
      '`-` in front for descending. Revenue, last purchase and last contact: customers without any come last ' +
        'in either direction; ties in any order by id.',
    ),
  ...pageQuery,
});
export type ListCustomersQuery = z.infer<typeof listCustomersQuery>;

export const customerSchema = z
  .object({
    id: z.string(),
    kind: z.enum(customerKinds),
    internal: z.boolean(),
    name: z.string(),
    externalId: z.string().nullable(),
    industry: z.string().nullable(),
    region: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
    tags: z.array(z.string()),
    source: z.enum(leadSources).nullable(),
    referredById: z.string().nullable(),
    level: z.enum(relationshipLevels),
    ownerId: z.string().nullable(),
    owner: z.object({ id: z.string(), name: z.string() }).nullable(),
    sharedWithIds: z.array(z.string()),
    notes: z.string().nullable(),
    walletEstimate: z.string().nullable(),
    potentialScore: z.number().nullable(),
    archived: z.boolean(),
    /** When the person's data was erased (docs/privacy.md); their personal fields can no longer be set. */
    anonymisedAt: z.date().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Customer' });

/** Why a customer is on the watch-list the list was filtered by: the values its condition looked at. */
const watchReasonSchema = z
  .discriminatedUnion('list', [
    z.object({
      list: z.literal('spend_drop'),
      /** Paid revenue in the last 90 days, and in the 90 days before. */
      recentRevenue: z.string(),
      previousRevenue: z.string(),
    }),
    z.object({
      list: z.literal('lapsed'),
      daysSincePurchase: z.number().int(),
      /** The customer's average time between purchases, in whole days. */
      usualIntervalDays: z.number().int(),
    }),
    z.object({
      list: z.literal('newly_at_risk'),
      segment: z.enum(rfmSegments),
      /** The segment in the analysis run before the latest (null: not analysed then). */
      previousSegment: z.enum(rfmSegments).nullable(),
    }),
  ])
  .meta({ id: 'WatchReason' });

export const customerListItem = customerSchema
  .extend({
    /** Σ of the customer's paid orders (over all currencies, as the analyses sum them); null: none yet. */
    revenue: z.string().nullable(),
    /** The currencies of the paid orders `revenue` adds up (more than one: the sum mixes them). */
    revenueCurrencies: z.array(z.string()),
    lastPurchaseAt: z.date().nullable(),
    /** When the last interaction with the customer took place. */
    lastContactAt: z.date().nullable(),
    /** With `q`: the contact through whom the customer matched, when its own fields did not. */
    matchedContact: z.object({ id: z.string(), name: z.string() }).nullable(),
    /** With `watch`: why the customer is on that watch-list. */
    watchReason: watchReasonSchema.nullable(),
  })
  .meta({ id: 'CustomerListItem' });

export const customerListPage = page(customerListItem)
  .extend({
    /**
     * On the first page (no cursor): how many customers match. Counted when at most 1,000; above that
     * the database's estimate, with `exact: false` (shown as "about"). Null on later pages.
     */
    total: z.object({ count: z.number().int(), exact: z.boolean() }).nullable(),
  })
  .meta({ id: 'CustomerListPage' });
