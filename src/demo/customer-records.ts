import type { Faker } from '@faker-js/faker';
import type { leadSources, relationshipLevels } from '../shared/domain.ts';
import { type BuyerProfile, type Clock, momentOn } from './buying.ts';
import {
  buildContacts,
  type DemoContact,
  type DemoCustomer,
  type Identity,
  organisationIdentity,
  personIdentity,
} from './customers.ts';
import type { Random } from './random.ts';
import { type DemoUser, demoCompany } from './team.ts';
import { internalDepartments } from './vocabulary.ts';

export interface CustomerContext {
  random: Random;
  faker: Faker;
  clock: Clock;
  relationshipManagers: DemoUser[];
  /** Customers who bought, once per purchase (up to 5), with the day of the purchase: who may refer a friend. */
  referrers: { id: string; since: number }[];
}

export interface CustomerRecord {
  customer: DemoCustomer;
  contacts: DemoContact[];
  shares: { customerId: string; userId: string }[];
}

type LeadSource = (typeof leadSources)[number];
const sources: LeadSource[] = [
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
];
const sourceShares = {
  organization: [6, 14, 12, 6, 2, 8, 14, 3, 16, 8, 4, 7],
  person: [10, 30, 10, 6, 1, 4, 4, 4, 18, 4, 2, 7],
};

/** Our own departments buy from us too (内部客户): the first few customers of a large enough company. */
export const internalCustomerCount = (customers: number) =>
  Math.min(internalDepartments.length, Math.floor(customers / 100));

/** The customer number `index` (0-based, in the order they became known) with their contacts. */
export function describeCustomer(context: CustomerContext, profile: BuyerProfile, index: number): CustomerRecord {
  const { random, faker, relationshipManagers } = context;
  const internal = profile.internal;
  const identity = internal
    ? internalIdentity(index)
    : profile.kind === 'organization'
      ? organisationIdentity(random, faker)
      : personIdentity(random, faker);
  const owner = random.weighted(
    relationshipManagers,
    relationshipManagers.map((manager) => manager.bookWeight),
  );
  let source: LeadSource = internal ? 'own_network' : random.weighted(sources, sourceShares[profile.kind]);
  const referredById =
    source === 'referral' || source === 'notable_referral' ? pickReferrer(context, profile.startDay) : null;
  if (referredById === undefined) source = 'internet';
  const customer: DemoCustomer = {
    id: random.uuid(),
    externalId: `C${String(index + 1).padStart(6, '0')}`,
    kind: profile.kind,
    internal,
    name: identity.name,
    industry: identity.industry,
    region: identity.city[0],
    phone: identity.phone,
    email: identity.email,
    address: identity.address,
    tags: internal ? [] : tagsOf(random, profile, identity),
    source,
    referredById: referredById ?? null,
    level: levelOf(random, profile),
    ownerId: owner.id,
    notes: identity.notes,
    createdAt: momentOn(random, context.clock, profile.startDay, profile.kind),
  };
  const contactCount = profile.keyAccount ? random.int(3, 6) : random.weighted([1, 2, 3, 4], [30, 35, 20, 15]);
  const goodwill = Math.max(0, 1 - profile.dropout * 4);
  const contacts =
    profile.kind === 'organization'
      ? buildContacts({ random, faker, customer, identity, goodwill, count: contactCount })
      : [];
  const colleague = random.chance(0.03) ? random.pick(relationshipManagers) : owner;
  const shares = colleague.id === owner.id ? [] : [{ customerId: customer.id, userId: colleague.id }];
  return { customer, contacts, shares };
}

function internalIdentity(index: number): Identity {
  return {
    name: `${demoCompany.name.slice(0, 4)} ${internalDepartments[index]}`,
    english: false,
    city: ['上海', 'Shanghai', '021', 1],
    industry: null,
    phone: `021-6088${String(1000 + index * 11)}`,
    email: null,
    address: null,
    domain: demoCompany.emailDomain,
    notes: '内部客户：本公司部门，按内部结算价采购',
  };
}

/** A customer who had bought before `day`, more likely the more they bought; undefined if none is found. */
function pickReferrer(context: CustomerContext, day: number): string | undefined {
  const { random, referrers } = context;
  for (let attempt = 0; attempt < 10 && referrers.length; attempt++) {
    const candidate = random.pick(referrers);
    if (candidate.since < day) return candidate.id;
  }
  return undefined;
}

function levelOf(random: Random, profile: BuyerProfile): (typeof relationshipLevels)[number] {
  if (profile.keyAccount) return random.chance(0.5) ? 'partnership' : 'proactive';
  if (!profile.buys) return random.chance(0.7) ? 'basic' : 'reactive';
  if (profile.purchasesPerYear > 6) return random.weighted(['accountable', 'proactive', 'reactive'], [5, 3, 2]);
  return random.weighted(['basic', 'reactive', 'accountable'], [4, 4, 2]);
}

function tagsOf(random: Random, profile: BuyerProfile, identity: Identity): string[] {
  const organisation = profile.kind === 'organization';
  const candidates: [string, number][] = [
    ['VIP', profile.keyAccount ? 0.5 : profile.orderValueCents > 500_000 && !organisation ? 0.3 : 0.01],
    ['年度框架协议', profile.keyAccount ? 0.7 : 0],
    ['增值税专票', organisation ? 0.3 : 0],
    ['政府采购', organisation ? 0.05 : 0],
    ['上市公司', organisation ? 0.05 : 0],
    ['展会获客', 0.08],
    ['价格敏感', 0.15],
    ['微信群', organisation ? 0.05 : 0.2],
    ['高潜力', 0.08],
    ['English', identity.english ? 0.6 : 0],
  ];
  return candidates.filter(([, chance]) => random.chance(chance)).map(([tag]) => tag);
}
