/** The API's shapes (the contract in camelCase) and the domain's enumerations. */

import type {
  attitudes,
  buyingRoles,
  customerKinds,
  interactionContents,
  interactionDirections,
  interactionMethods,
  interactionOutcomes,
  leadSources,
  Role,
  relationshipLevels,
  watchLists,
} from '../../../src/shared/domain.ts';

import type { Language } from '../../../src/shared/language.ts';

export * from '../../../src/shared/domain.ts';
export type CustomerKind = (typeof customerKinds)[number];
export type LeadSource = (typeof leadSources)[number];
export type RelationshipLevel = (typeof relationshipLevels)[number];
export type BuyingRole = (typeof buyingRoles)[number];
export type Attitude = (typeof attitudes)[number];
export type WatchList = (typeof watchLists)[number];
export type InteractionDirection = (typeof interactionDirections)[number];
export type InteractionContent = (typeof interactionContents)[number];
export type InteractionMethod = (typeof interactionMethods)[number];
export type InteractionOutcome = (typeof interactionOutcomes)[number];

export const customerSorts = [
  '-createdAt',
  'createdAt',
  '-updatedAt',
  'updatedAt',
  'name',
  '-name',
  '-revenue',
  'revenue',
  '-lastPurchaseAt',
  'lastPurchaseAt',
  '-lastContactAt',
  'lastContactAt',
] as const;
export type CustomerSort = (typeof customerSorts)[number];

export const archivedFilters = ['false', 'true', 'all'] as const;
export type ArchivedFilter = (typeof archivedFilters)[number];

export const auditActions = ['create', 'update', 'delete', 'export', 'erase'] as const;
export type AuditAction = (typeof auditActions)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  disabled: boolean;
  /** An administrator reset the password: the user must choose their own before anything else. */
  passwordChangeRequired: boolean;
  /** When the user turned on two-factor sign-in; null: off. */
  totpEnabledAt: string | null;
  /** The language the user chose to read Guanxi in; null: the browser's. */
  language: Language | null;
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
  /** 顾客占有率: the customer's estimated total yearly spend on what we sell (a decimal string). */
  walletEstimate: string | null;
  /** A manager's judgement of the customer's potential, 0–100 (an input of the value pyramids). */
  potentialScore: number | null;
  archived: boolean;
  /** When the person's data was erased (docs/privacy.md); their personal fields can no longer be set. */
  anonymisedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What the customer form writes (POST takes it whole, PATCH any subset). */
export type CustomerInput = Partial<Omit<Customer, 'id' | 'owner' | 'anonymisedAt' | 'createdAt' | 'updatedAt'>>;

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
  /** When the contact's data was erased (on request or by the retention setting). */
  anonymisedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export type ContactInput = Partial<Omit<Contact, 'id' | 'customerId' | 'anonymisedAt' | 'createdAt' | 'updatedAt'>>;

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  /** After this moment the token no longer works; null: never. */
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiToken {
  id: string;
  name: string;
  token: string;
  createdAt: string;
  expiresAt: string | null;
}

export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  systemActor: 'command line' | 'scheduler' | 'first-run setup' | null;
  action: AuditAction;
  entity: string;
  entityId: string;
  changes: Record<string, { before: unknown; after: unknown }> | null;
  /** Null when the entry names no stored record; `found` false when it was deleted since. */
  record: { found: boolean; customerId: string | null } | null;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface ItemList<T> {
  items: T[];
}
