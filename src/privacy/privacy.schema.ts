import { z } from 'zod';

export const eraseBody = z.strictObject({
  /** The person's current name, typed again: the second confirmation of an irreversible erasure. */
  confirmName: z.string().trim().min(1, "is required: the person's current name, typed again").max(200),
});

export const erasureSchema = z
  .object({
    id: z.string(),
    /** The placeholder the record now carries instead of the person's name. */
    name: z.string(),
    anonymisedAt: z.date(),
    /** How many records were changed, by kind. */
    erased: z.object({
      contacts: z.number(),
      interactions: z.number(),
      tasks: z.number(),
      notifications: z.number(),
      ruleFirings: z.number(),
      auditEntries: z.number(),
    }),
  })
  .meta({ id: 'Erasure' });

export const privacySettingsSchema = z
  .object({
    /** Years after a customer is archived until its contacts are anonymised; null keeps them forever. */
    contactRetentionYears: z
      .number()
      .int('must be a whole number of years')
      .min(1, 'must be 1 to 100 years')
      .max(100, 'must be 1 to 100 years')
      .nullable(),
  })
  .meta({ id: 'PrivacySettings' });

export const privacySettingsBody = z.strictObject(privacySettingsSchema.shape);
