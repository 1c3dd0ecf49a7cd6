import { z } from 'zod';
import { attitudes, buyingRoles } from '../db/schema/index.ts';
import { id, optionalEmail, optionalPhone, optionalText } from '../shared/schema-parts.ts';

const writableFields = {
  externalId: optionalText(100),
  name: z.string().trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  title: optionalText(100),
  phone: optionalPhone,
  email: optionalEmail,
  buyingRole: z.enum(buyingRoles),
  attitude: z.enum(attitudes),
  trust: z.number().int('must be a whole number').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
  notes: optionalText(10_000),
};

export const createContactBody = z.strictObject({
  ...writableFields,
  buyingRole: writableFields.buyingRole.default('other'),
  attitude: writableFields.attitude.default('neutral'),
  trust: writableFields.trust.default(3),
});
export const updateContactBody = z.strictObject(writableFields).partial();
export type CreateContactInput = z.infer<typeof createContactBody>;
export type UpdateContactInput = z.infer<typeof updateContactBody>;

export const customerIdParams = z.object({ id: id('customer') });

export const contactSchema = z
  .object({
    id: z.string(),
    customerId: z.string(),
    externalId: z.string().nullable(),
    name: z.string(),
    title: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    buyingRole: z.enum(buyingRoles),
    attitude: z.enum(attitudes),
    trust: z.number(),
    notes: z.string().nullable(),
    /** When the contact's data was erased (on request or by the retention setting, docs/privacy.md). */
    anonymisedAt: z.date().nullable(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'Contact' });
