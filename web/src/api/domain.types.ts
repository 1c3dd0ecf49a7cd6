/** The API's shapes (the contract in camelCase) and the domain's enumerations. */

export const roles = ['admin', 'manager', 'relationship_manager', 'service'] as const;
export type Role = (typeof roles)[number];

export const customerKinds = ['organization', 'person'] as const;
export type CustomerKind = (typeof customerKinds)[number];

/** 寻找准客户: indirect sources first, then direct ones. */
export const leadSources = [
  'advertising',
  'internet',
  'inquiry',
  'phone',
  'mail',
  'agent',
  'visit',
  'observation',
  'referral',
  'competitor',
  'notable_referral',
  'own_network',
] as const;
export type LeadSource = (typeof leadSources)[number];

/** 与客户建立关系的五种类型. */
export const relationshipLevels = ['basic', 'reactive', 'accountable', 'proactive', 'partnership'] as const;
export type RelationshipLevel = (typeof relationshipLevels)[number];

export const buyingRoles = ['decision_maker', 'influencer', 'user', 'other'] as const;
export type BuyingRole = (typeof buyingRoles)[number];

export const attitudes = ['supporter', 'neutral', 'opponent'] as const;
export type Attitude = (typeof attitudes)[number];

export const customerSorts = ['-createdAt', 'createdAt', '-updatedAt', 'updatedAt', 'name', '-name'] as const;
export type CustomerSort = (typeof customerSorts)[number];

export const archivedFilters = ['false', 'true', 'all'] as const;
export type ArchivedFilter = (typeof archivedFilters)[number];

export const auditActions = ['create', 'update', 'delete'] as const;
export type AuditAction = (typeof auditActions)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Customer {
  id: string;
  kind: CustomerKind;
  internal: boolean;
  name: string;
  externalId: string | null;
  industry: string | null;
  region: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  tags: string[];
  source: LeadSource | null;
  referredById: string | null;
  level: RelationshipLevel;
  ownerId: string | null;
  owner: { id: string; name: string } | null;
  sharedWithIds: string[];
  notes: string | null;
  archived: boolean;
  createdAt: string;
  updatedAt: string;
}

/** What the customer form writes (POST takes it whole, PATCH any subset). */
export type CustomerInput = Partial<Omit<Customer, 'id' | 'owner' | 'createdAt' | 'updatedAt'>>;

export interface Contact {
  id: string;
  customerId: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  buyingRole: BuyingRole;
  attitude: Attitude;
  trust: number;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ContactInput = Partial<Omit<Contact, 'id' | 'customerId' | 'createdAt' | 'updatedAt'>>;

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiToken {
  id: string;
  name: string;
  token: string;
  createdAt: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: AuditAction;
  entity: string;
  entityId: string;
  changes: Record<string, { before: unknown; after: unknown }> | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ItemList<T> {
  items: T[];
}
