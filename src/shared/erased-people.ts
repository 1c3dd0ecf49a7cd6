import { AppError } from '../server/errors.ts';

/** What stands where a person's erased data was (PIPL/GDPR): neutral text, never the person's own. */
export const erasedText = '[erased]';

/** The name an erased person's record keeps: the placeholder and the first 8 characters of its id. */
export const erasedName = (id: string) => `${erasedText} ${id.slice(0, 8)}`;

/** A customer's fields that hold a person's data: emptied by an erasure (docs/privacy.md). */
export const personalCustomerFields = ['name', 'externalId', 'phone', 'email', 'address', 'tags', 'notes'] as const;

/** A contact's fields that hold a person's data. */
export const personalContactFields = ['name', 'externalId', 'title', 'phone', 'email', 'notes'] as const;

/**
 * An erased record keeps its other fields editable (owner, level, archived, …), but its personal
 * fields can no longer be set to anything but what they hold now: erasure is irreversible (409).
 */
export function refuseRestoringErased(
  current: { anonymisedAt: Date | null } & Record<string, unknown>,
  input: Record<string, unknown>,
  fields: readonly string[],
) {
  if (!current.anonymisedAt) return;
  const changed = fields.filter(
    (field) => input[field] !== undefined && JSON.stringify(input[field]) !== JSON.stringify(current[field]),
  );
  if (changed.length)
    throw new AppError(
      'conflict',
      `This person's data was erased; ${changed.join(', ')} can no longer be changed`,
      Object.fromEntries(changed.map((field) => [field, 'was erased and cannot be set again'])),
    );
}
