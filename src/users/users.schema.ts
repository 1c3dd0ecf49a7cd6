import { z } from 'zod';
import { roles } from '../db/schema/index.ts';
import { languages } from '../shared/language.ts';
import { password, personalPasswordProblem } from './password-policy.ts';

export { password };

export const email = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be an email address' }).max(254));
export const personName = z.string().trim().min(1, 'is required').max(200);

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(roles),
    disabled: z.boolean(),
    passwordChangeRequired: z.boolean().meta({
      description: 'An administrator reset the password: the user must choose their own before anything else',
    }),
    language: z
      .enum(languages)
      .nullable()
      .meta({ description: 'The language the user reads Guanxi in (messages, emails, exports); null: the browser’s' }),
    totpEnabledAt: z.date().nullable().meta({ description: 'When two-factor sign-in was turned on; null: off' }),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'User' });

/** Refuses a password that is the form's own email or name (the other rules are in `password`). */
export const passwordNotPersonal = (
  value: { email: string; name: string; password: string },
  context: z.RefinementCtx,
) => {
  if (typeof value.password !== 'string' || typeof value.email !== 'string' || typeof value.name !== 'string') return;
  const problem = personalPasswordProblem(value.password, value);
  if (problem) context.addIssue({ code: 'custom', path: ['password'], message: problem });
};

export const createUserBody = z
  .strictObject({ email, name: personName, role: z.enum(roles), password })
  .superRefine(passwordNotPersonal);
export const updateUserBody = z.strictObject({
  name: personName.optional(),
  email: email.optional(),
  role: z.enum(roles).optional(),
  disabled: z.boolean().optional(),
  password: password.optional(),
});
/** An administrator's reset: the temporary password they chose, or none to have one generated. */
export const resetPasswordBody = z.strictObject({ password: password.optional() });
export const resetPasswordAnswer = z
  .object({
    user: userSchema,
    temporaryPassword: z
      .string()
      .nullable()
      .meta({ description: 'The generated password, shown this once; null when the administrator chose it' }),
  })
  .meta({ id: 'PasswordReset' });

export const userParams = z.object({ id: z.uuid({ message: 'must be a user id' }) });

export type CreateUserInput = z.infer<typeof createUserBody>;
export type UpdateUserInput = z.infer<typeof updateUserBody>;
export type ResetPasswordInput = z.infer<typeof resetPasswordBody>;
