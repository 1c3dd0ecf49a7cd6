import { z } from 'zod';
import { roles } from '../db/schema/index.ts';

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be an email address' }).max(254));
export const password = z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters');
export const personName = z.string().trim().min(1, 'is required').max(200);

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    disabled: z.boolean(),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'User' });

export const createUserBody = z.strictObject({ email, name: personName, role: z.enum(roles), password });
export const updateUserBody = z.strictObject({
  name: personName.optional(),
  role: z.enum(roles).optional(),
  disabled: z.boolean().optional(),
  password: password.optional(),
});
export const userParams = z.object({ id: z.uuid({ message: 'must be a user id' }) });

export type CreateUserInput = z.infer<typeof createUserBody>;
export type UpdateUserInput = z.infer<typeof updateUserBody>;
