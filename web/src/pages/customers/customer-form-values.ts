import type { Customer, CustomerInput, CustomerKind, LeadSource, RelationshipLevel } from '../../api/domain.types.ts';

/** The customer form's values: text fields as typed (empty allowed), converted by toCustomerInput. */
export interface CustomerFormValues {
  kind: CustomerKind;
  internal: boolean;
  name: string;
  externalId?: string | null;
  industry?: string | null;
  region?: string | null;
  phone?: string | null;
  email?: string | null;
  address?: string | null;
  tags?: string[];
  source?: LeadSource | null;
  referredById?: string | null;
  level: RelationshipLevel;
  ownerId?: string | null;
  sharedWithIds?: string[];
  notes?: string | null;
  /** A decimal string (the InputNumber's string mode). */
  walletEstimate?: string | null;
  potentialScore?: number | null;
}

export function toFormValues(customer: Customer | undefined, callerId: string): CustomerFormValues {
  if (!customer)
    return { kind: 'organization', internal: false, name: '', level: 'basic', ownerId: callerId, tags: [] };
  const { id: _id, owner: _owner, archived: _archived, createdAt: _c, updatedAt: _u, ...values } = customer;
  return values;
}

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/** Trimmed text, empty → null; a referrer only for referral sources. */
export function toCustomerInput(values: CustomerFormValues): CustomerInput {
  const referral = values.source === 'referral' || values.source === 'notable_referral';
  return {
    kind: values.kind,
    internal: values.internal,
    name: values.name.trim(),
    externalId: text(values.externalId),
    industry: text(values.industry),
    region: text(values.region),
    phone: text(values.phone),
    email: text(values.email),
    address: text(values.address),
    tags: [...new Set((values.tags ?? []).map((tag) => tag.trim()).filter(Boolean))],
    source: values.source ?? null,
    referredById: referral ? (values.referredById ?? null) : null,
    level: values.level,
    ownerId: values.ownerId ?? null,
    sharedWithIds: values.sharedWithIds ?? [],
    notes: text(values.notes),
    // Left out when the form did not show them, so a save never clears them.
    ...(values.walletEstimate !== undefined && { walletEstimate: text(values.walletEstimate) }),
    ...(values.potentialScore !== undefined && { potentialScore: values.potentialScore }),
  };
}

/** Only what the user changed, for PATCH. */
export function changedFields(customer: Customer, input: CustomerInput): CustomerInput {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    const before = customer[key as keyof Customer] ?? null;
    if (JSON.stringify(before) !== JSON.stringify(value ?? null)) patch[key] = value;
  }
  return patch as CustomerInput;
}
