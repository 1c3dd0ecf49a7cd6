import { z } from 'zod';
import {
  interactionContents,
  interactionDirections,
  interactionMedia,
  interactionMethods,
  interactionOutcomes,
} from '../shared/domain.ts';
import { day, id, moment, money, optionalText, page, pageQuery } from '../shared/schema-parts.ts';

export const listInteractionsQuery = z.object({
  customerId: id('customer').optional(),
  userId: id('user').optional(),
  medium: z.enum(interactionMedia).optional(),
  from: day.optional(),
  to: day.optional(),
  ...pageQuery,
});
export type ListInteractionsQuery = z.infer<typeof listInteractionsQuery>;

/** What is recorded of one interaction, without the customer (given by the route or the task). */
export const interactionFields = z.strictObject({
  contactIds: z.array(id('contact')).max(50, 'at most 50 contacts').default([]),
  medium: z.enum(interactionMedia),
  direction: z.enum(interactionDirections).default('outbound'),
  content: z.enum(interactionContents).default('business'),
  method: z.enum(interactionMethods).default('direct'),
  /** When it happened; now when left out. */
  occurredAt: moment.optional(),
  durationMinutes: z.number().int().min(0, 'must be 0 or more').max(1440, 'must be at most 1440').nullish(),
  cost: money.refine((value) => !value.startsWith('-'), 'must not be negative').nullish(),
  outcome: z.enum(interactionOutcomes).nullish(),
  note: optionalText(5000),
  nextStep: optionalText(1000),
});
export type InteractionFields = z.infer<typeof interactionFields>;

export const createInteractionBody = interactionFields.extend({ customerId: id('customer') });
export type CreateInteractionInput = z.infer<typeof createInteractionBody>;

export const updateInteractionBody = interactionFields.partial();
export type UpdateInteractionInput = z.infer<typeof updateInteractionBody>;

export const interactionSchema = z
  .object({
    id: z.string(),
    customerId: z.string(),
    customer: z.object({ id: z.string(), name: z.string() }),
    user: z.object({ id: z.string(), name: z.string() }).nullable(),
    contacts: z.array(z.object({ id: z.string(), name: z.string() })),
    medium: z.enum(interactionMedia),
    direction: z.enum(interactionDirections),
    content: z.enum(interactionContents),
    method: z.enum(interactionMethods),
    occurredAt: z.date(),
    durationMinutes: z.number().nullable(),
    cost: z.string().nullable(),
    outcome: z.enum(interactionOutcomes).nullable(),
    note: z.string().nullable(),
    nextStep: z.string().nullable(),
    taskId: z.string().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Interaction' });
export const interactionPage = page(interactionSchema);
