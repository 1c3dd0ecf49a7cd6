import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../src/auth/index.ts';
import { type Db, selectRows } from '../src/db/client.ts';
import { findCandidateRecords } from '../src/duplicates/duplicates.service.ts';
import { organisationKey, personNameKey } from '../src/duplicates/index.ts';
import { emailKey, phoneKey } from '../src/duplicates/normalise.ts';
import { cycle, measure, type Sample } from './customers-measure.ts';

/** What a form holds when the check is sent. */
export interface Typed {
  kind: 'customer' | 'contact';
  customerKind?: 'organization' | 'person';
  name?: string;
  phone?: string;
  email?: string;
}

export interface SalesContext {
  baseUrl: string;
  db: Db;
  /** A general manager (sees everyone) and a relationship manager (sees their own), each with a token and as an actor. */
  manager: { token: string; actor: Actor };
  relationshipManager: { token: string; actor: Actor };
  samples: number;
  baselineSamples: number;
}

export interface SalesResult {
  guanxi: Sample;
  /** The candidate search alone (findCandidateRecords: its two queries, no HTTP, no verdicts): the database's part. */
  floor: Sample;
  baseline?: Sample;
}

const shuffle = <T>(items: T[]) =>
  items
    .map((item) => [Math.random(), item] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, item]) => item);

/**
 * Typed values from the loaded customers (bench/customers-load.ts): Chinese names typed one to four
 * characters at a time, company names written with their place moved, another legal form or a new
 * trade name, mobiles in other formats, emails in capitals, and whole forms with all three.
 */
export async function typedValues(db: Db) {
  const persons = await selectRows<{ name: string; phone: string; email: string | null }>(
    db,
    sql`SELECT name, phone, email FROM customers TABLESAMPLE SYSTEM (1) WHERE kind = 'person' LIMIT 2000`,
  );
  const companies = await selectRows<{ name: string }>(
    db,
    sql`SELECT name FROM customers TABLESAMPLE SYSTEM (2) WHERE kind = 'organization' LIMIT 1000`,
  );
  const contactPhones = await selectRows<{ phone: string }>(
    db,
    sql`SELECT phone FROM contacts TABLESAMPLE SYSTEM (2) WHERE phone IS NOT NULL LIMIT 1000`,
  );
  const givenCharacters = [...new Set(persons.flatMap((person) => Array.from(person.name).slice(1)))];
  const names = shuffle(persons).map((person, i) => {
    const chars = Array.from(person.name);
    const length = 1 + (i % 4);
    // Four characters: the whole name and one more character, as a typo or a longer name would be.
    const typed =
      length <= chars.length ? chars.slice(0, length) : [...chars, givenCharacters[i % givenCharacters.length]];
    return { kind: 'customer', customerKind: 'person', name: typed.join('') } satisfies Typed;
  });
  // The loader's company names are a city (two characters), a trade name, a business and 有限公司.
  const newTrades = ['华信', '瑞丰', '广联', '德胜', '安和', '海纳'];
  const companyNames = shuffle(companies).map(({ name }, i) => {
    const city = name.slice(0, 2);
    const core = name.slice(2).replace(/有限公司$/, '');
    const written = [
      `${core}（${city}）`,
      `${city}市${core}股份有限公司`,
      name,
      `${city}${newTrades[i % newTrades.length]}${core.slice(2)}有限公司`,
    ][i % 4];
    return { kind: 'customer', customerKind: 'organization', name: written } satisfies Typed;
  });
  const formats = [
    (d: string) => `+86 ${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`,
    (d: string) => `${d.slice(0, 3)}-${d.slice(3, 7)}-${d.slice(7)}`,
    (d: string) => `0086${d}`,
    (d: string) => `(+86) ${d}`,
  ];
  const phones = shuffle([...persons.map((p) => p.phone), ...contactPhones.map((c) => c.phone)]).map(
    (phone, i) =>
      ({ kind: i % 2 ? 'contact' : 'customer', customerKind: 'person', phone: formats[i % 4](phone) }) as Typed,
  );
  const emails = shuffle(persons.filter((p) => p.email)).map(
    (p) => ({ kind: 'customer', customerKind: 'person', email: p.email!.toUpperCase() }) satisfies Typed,
  );
  const forms = shuffle(persons).map(
    (p, i) =>
      ({
        kind: 'customer',
        customerKind: 'person',
        name: p.name,
        phone: formats[i % 4](p.phone),
        email: p.email ?? undefined,
      }) satisfies Typed,
  );
  return { names, companyNames, phones, emails, forms };
}

async function postCheck(context: SalesContext, token: string, typed: Typed): Promise<number> {
  const response = await fetch(`${context.baseUrl}/api/v1/duplicates/check`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(typed),
  });
  if (!response.ok)
    throw new Error(`POST /duplicates/check ${JSON.stringify(typed)}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { candidates: unknown[] }).candidates.length;
}

/** The keys the service would compute, for the candidate query alone and for the baseline. */
function keysOf(typed: Typed) {
  const nameAs = typed.kind === 'customer' && typed.customerKind === 'organization' ? 'organisation' : 'person';
  const nameKey = nameAs === 'organisation' ? organisationKey(typed.name) : personNameKey(typed.name);
  return {
    phoneKey: phoneKey(typed.phone),
    emailKey: emailKey(typed.email),
    nameKey,
    nameAs,
  } as const;
}

/**
 * The baseline: the same exact keys without the key columns, each row's keys computed by the same SQL
 * functions as it is read (what a check on name, phone and email columns alone must do), over customers
 * and contacts. It finds only equal keys, not similar names: the baseline does less than the check.
 */
function keysPerRow(typed: Typed): SQL {
  const keys = keysOf(typed);
  const customerName =
    keys.nameAs === 'organisation'
      ? sql`kind = 'organization' AND guanxi_organisation_key(name) = ${keys.nameKey}`
      : sql`kind = 'person' AND guanxi_person_name_key(name) = ${keys.nameKey}`;
  const or = (parts: (SQL | false)[]) => {
    const given = parts.filter((part): part is SQL => part !== false);
    return given.length ? sql.join(given, sql` OR `) : sql`false`;
  };
  const customerWhere = or([
    keys.phoneKey !== null && sql`guanxi_phone_key(phone) = ${keys.phoneKey}`,
    keys.emailKey !== null && sql`guanxi_email_key(email) = ${keys.emailKey}`,
    keys.nameKey !== null && customerName,
  ]);
  const contactWhere = or([
    keys.phoneKey !== null && sql`guanxi_phone_key(phone) = ${keys.phoneKey}`,
    keys.emailKey !== null && sql`guanxi_email_key(email) = ${keys.emailKey}`,
    keys.nameKey !== null && keys.nameAs === 'person' && sql`guanxi_person_name_key(name) = ${keys.nameKey}`,
  ]);
  return sql`SELECT (SELECT count(*) FROM customers WHERE ${customerWhere})
    + (SELECT count(*) FROM contacts WHERE ${contactWhere}) AS found`;
}

export async function checkCase(
  context: SalesContext,
  name: string,
  values: Typed[],
  options: { as?: 'manager' | 'relationshipManager'; baseline?: boolean } = {},
): Promise<SalesResult> {
  const who = context[options.as ?? 'manager'];
  const check = (typed: Typed) => postCheck(context, who.token, typed);
  const candidates = (typed: Typed) =>
    findCandidateRecords(context.db, who.actor, keysOf(typed)).then((rows) => rows.length);
  const warm = values.slice(context.samples);
  await measure('warm-up', cycle(warm.length ? warm : values, 20), check);
  const guanxi = await measure(name, cycle(values, context.samples), check);
  const floor = await measure(name, cycle(values, context.samples), candidates);
  if (!options.baseline) return { guanxi, floor };
  const perRow = (typed: Typed) => selectRows(context.db, keysPerRow(typed)).then(() => 0);
  const baseline = await measure(name, cycle(values.slice(1), context.baselineSamples), perRow);
  return { guanxi, floor, baseline };
}
