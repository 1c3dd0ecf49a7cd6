import { z } from 'zod';
import { customerKinds, roles } from '../shared/domain.ts';
import { id } from '../shared/schema-parts.ts';

/** A typed value: trimmed, empty counts as not given. */
const typed = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .optional()
    .transform((value) => value || undefined);

/** What a form holds while it is being filled in: the check is lenient, a value without a key finds nothing. */
export const duplicateCheckBody = z
  .strictObject({
    /** What is being created or edited (leads will join). */
    kind: z.enum(['customer', 'contact']),
    /** For a customer: an organization's name is compared as a company name, a person's as a person's. */
    customerKind: z.enum(customerKinds).optional(),
    name: typed(200),
    phone: typed(40),
    email: typed(254),
    /** For a contact: the organization it belongs to (its name is the contact's organisation). */
    customerId: id('customer').optional(),
    /** When editing: the record itself, left out of the answer. */
    excludeId: id('record').optional(),
  })
  .superRefine((body, context) => {
    if (body.kind === 'customer' && !body.customerKind)
      context.addIssue({ code: 'custom', path: ['customerKind'], message: 'is required when checking a customer' });
    if (!body.name && !body.phone && !body.email)
      context.addIssue({ code: 'custom', path: ['name'], message: 'give a name, a phone or an email to check' });
  });
export type DuplicateCheckInput = z.infer<typeof duplicateCheckBody>;

export const reasonNames = [
  'samePhone',
  'sameEmail',
  'sameOrganisation',
  'similarOrganisation',
  'similarName',
] as const;

/** Why a visible record may be the same party: which keys met (never their values), and how. */
const visibleReason = z
  .object({
    reason: z.enum(reasonNames),
    /** samePhone: what kind of number met (a landline can be a shared switchboard). */
    line: z.enum(['mobile', 'landline', 'foreign']).optional(),
    /** sameOrganisation: both names name places, and none in common (上海华信科技, 北京华信科技). */
    placesDiffer: z.boolean().optional(),
    /** similarOrganisation, similarName: the score in [0.7, 1]. */
    score: z.number().optional(),
  })
  .meta({ id: 'DuplicateReason' });

const verdict = z.enum(['certain', 'likely']);

const visibleCandidate = z.object({
  visible: z.literal(true),
  verdict,
  reasons: z.array(visibleReason),
  kind: z.enum(['customer', 'contact']),
  id: z.string(),
  name: z.string(),
  /** For a customer. */
  customerKind: z.enum(customerKinds).optional(),
  /** For a contact: the organization it belongs to. */
  customer: z.object({ id: z.string(), name: z.string() }).optional(),
  /** The customer's relationship manager (a contact's: its customer's). */
  owner: z.object({ id: z.string(), name: z.string(), role: z.enum(roles) }).nullable(),
});

/** A record the caller may not see: that it exists and whose it is, so the two can talk; nothing of the record. */
const hiddenCandidate = z.object({
  visible: z.literal(false),
  verdict,
  reasons: z.array(z.object({ reason: z.enum(reasonNames) })),
  owner: z.object({ name: z.string(), role: z.enum(roles) }).nullable(),
});

export const duplicateCandidate = z
  .discriminatedUnion('visible', [visibleCandidate, hiddenCandidate])
  .meta({ id: 'DuplicateCandidate' });
export type DuplicateCandidate = z.infer<typeof duplicateCandidate>;

export const duplicateCheckAnswer = z
  .object({
    /** At most 10, certain before likely, then by how much met. */
    candidates: z.array(duplicateCandidate),
  })
  .meta({ id: 'DuplicateCheck' });
