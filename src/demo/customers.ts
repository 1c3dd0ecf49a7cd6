import type { Faker } from '@faker-js/faker';
import type { attitudes, buyingRoles, customerKinds, leadSources, relationshipLevels } from '../shared/domain.ts';
import { chineseName, pinyinOf } from './chinese-names.ts';
import type { Random } from './random.ts';
import {
  cities,
  cityShares,
  industries,
  mailProviders,
  mobilePrefixes,
  moreMobilePrefixes,
  moreRoads,
  organisationNotes,
  personNotes,
  roads,
  titles,
  tradeNames,
} from './vocabulary.ts';

export interface DemoCustomer {
  id: string;
  externalId: string;
  kind: (typeof customerKinds)[number];
  internal: boolean;
  name: string;
  industry: string | null;
  region: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  tags: string[];
  source: (typeof leadSources)[number];
  referredById: string | null;
  level: (typeof relationshipLevels)[number];
  ownerId: string;
  notes: string | null;
  createdAt: Date;
}

export interface DemoContact {
  id: string;
  customerId: string;
  name: string;
  title: string;
  phone: string;
  email: string | null;
  buyingRole: (typeof buyingRoles)[number];
  attitude: (typeof attitudes)[number];
  trust: number;
  createdAt: Date;
}

/** Who a customer is: name, city, phone, email, address; `english` for foreign companies and expatriates. */
export interface Identity {
  name: string;
  english: boolean;
  city: (typeof cities)[number];
  industry: string | null;
  phone: string;
  email: string | null;
  address: string | null;
  /** The company's email domain, for its contacts. */
  domain: string | null;
  notes: string | null;
}

const digits = (random: Random, count: number) => Array.from({ length: count }, () => random.int(0, 9)).join('');

function mobilePhone(random: Random): string {
  const prefix = random.pick(random.chance(0.6) ? mobilePrefixes : moreMobilePrefixes);
  const [middle, end] = [digits(random, 4), digits(random, 4)];
  return random.weighted(
    [`${prefix}${middle}${end}`, `${prefix} ${middle} ${end}`, `${prefix}-${middle}-${end}`],
    [6, 3, 1],
  );
}

function streetAddress(random: Random, city: string, person: boolean): string {
  const road = random.pick(random.chance(0.5) ? roads : moreRoads);
  const base = `${city}市${road}${random.int(1, 999)}号`;
  if (person) return `${base}${random.int(1, 30)}栋${random.int(1, 28)}0${random.int(1, 4)}室`;
  return random.chance(0.5) ? `${base}${random.pick(['A', 'B', 'C', 'D'])}座${random.int(2, 30)}层` : base;
}

export function organisationIdentity(random: Random, faker: Faker): Identity {
  const city = random.weighted(cities, cityShares);
  const industry = random.pick(industries);
  const business = random.pick(industry.businesses);
  const english = random.chance(0.1);
  const [trade, tradePinyin] = random.pick(tradeNames);
  const lastName = faker.person.lastName();
  const name = english
    ? `${lastName} ${industry.english} (${city[1]}) Co., Ltd.`
    : `${city[0]}${trade}${business}${/[所校诊]$/.test(business) ? '' : random.weighted(['有限公司', '股份有限公司', '集团有限公司'], [14, 4, 1])}`;
  const domain = english ? `${lastName.toLowerCase().replace(/[^a-z]/g, '')}.example` : `${tradePinyin}.example`;
  return {
    name,
    english,
    city,
    industry: industry.name,
    phone: `${city[2]}-${random.int(2, 8)}${digits(random, city[2].length === 3 ? 7 : random.pick([6, 7]))}`,
    email: random.chance(0.85) ? `${random.pick(['info', 'service', 'contact', 'purchase', 'admin'])}@${domain}` : null,
    address: random.chance(0.9) ? streetAddress(random, city[0], false) : null,
    domain,
    notes: random.chance(0.12) ? random.pick(organisationNotes) : null,
  };
}

export function personIdentity(random: Random, faker: Faker): Identity {
  const city = random.weighted(cities, cityShares);
  const english = random.chance(0.12);
  const person = personName(random, faker, english);
  const provider = english ? random.pick(['gmail.example', 'outlook.example']) : random.pick(mailProviders);
  const email = random.chance(0.2)
    ? null
    : random.chance(0.3) && !english
      ? `${random.int(10000, 999999999)}@qq.example`
      : `${person.localPart}${random.chance(0.5) ? random.int(1, 99) : ''}@${provider}`;
  return {
    name: person.name,
    english,
    city,
    industry: null,
    phone: mobilePhone(random),
    email,
    address: random.chance(0.4) ? streetAddress(random, city[0], true) : null,
    domain: null,
    notes: random.chance(0.06) ? random.pick(personNotes) : null,
  };
}

function personName(random: Random, faker: Faker, english: boolean) {
  if (english) {
    const [first, last] = [faker.person.firstName(), faker.person.lastName()];
    return { name: `${first} ${last}`, localPart: `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '') };
  }
  const name = chineseName(random);
  return { name: name.name, localPart: pinyinOf(name) };
}

/**
 * The people inside an organisation who buy from us: usually a decision maker first, then
 * influencers and daily users. `goodwill` (0–1, higher for loyal customers) tilts their attitude
 * towards us and their trust.
 */
export function buildContacts(options: {
  random: Random;
  faker: Faker;
  customer: DemoCustomer;
  identity: Identity;
  goodwill: number;
  count: number;
}): DemoContact[] {
  const { random, faker, customer, identity, goodwill, count } = options;
  return Array.from({ length: count }, (_, i) => {
    const buyingRole =
      i === 0 && random.chance(0.9)
        ? 'decision_maker'
        : random.weighted(['influencer', 'user', 'other', 'decision_maker'] as const, [4, 4, 1, 1]);
    const person = personName(random, faker, identity.english && random.chance(0.6));
    const attitude = random.weighted(['supporter', 'neutral', 'opponent'] as const, [
      0.2 + goodwill,
      0.6,
      0.25 - goodwill * 0.2,
    ]);
    const trust = Math.min(5, Math.max(1, Math.round(1.8 + goodwill * 3 + random.normal() * 0.8)));
    return {
      id: random.uuid(),
      customerId: customer.id,
      name: person.name,
      title: random.pick(titles[buyingRole]),
      phone: mobilePhone(random),
      email: random.chance(0.8) ? `${person.localPart}@${identity.domain}` : null,
      buyingRole,
      attitude,
      trust,
      createdAt: customer.createdAt,
    };
  });
}
