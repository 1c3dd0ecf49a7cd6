import { type SQL, sql } from 'drizzle-orm';
import { type Db, selectRows } from '../src/db/client.ts';
import { benchTags } from './customers-load.ts';
import { cycle, measure, type Sample } from './customers-measure.ts';

export interface CaseContext {
  baseUrl: string;
  token: string;
  db: Db;
  relationshipManagerIds: string[];
  /** Requests per Guanxi case, and queries per baseline case (the baseline is slow: fewer). */
  samples: number;
  baselineSamples: number;
  /** Deep pages: walk this many pages by cursor, measuring those after the first `deepFrom`. */
  deepPages: number;
  deepFrom: number;
}

export interface CaseResult {
  guanxi: Sample;
  baseline?: Sample;
  baselineName?: string;
}

type Page = { items: unknown[]; nextCursor: string | null };

async function getPage(context: CaseContext, path: string): Promise<Page> {
  const response = await fetch(context.baseUrl + path, { headers: { authorization: `Bearer ${context.token}` } });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Page;
}

const listColumns = sql.raw(`c.id, c.kind, c.internal, c.name, c.external_id, c.industry, c.region, c.phone, c.email,
  c.address, c.tags, c.source, c.referred_by_id, c.level, c.owner_id, c.notes, c.archived, c.created_at, c.updated_at,
  u.name AS owner_name,
  ARRAY(SELECT s.user_id::text FROM customer_shares s WHERE s.customer_id = c.id ORDER BY 1) AS shared_with_ids`);

/**
 * The page the API would give, written as a naive design would: no gram index, just ILIKE over the
 * customer's name, code, phone and email and its contacts' names, phones and emails.
 */
const ilikePage = (query: string): SQL => {
  const pattern = `%${query}%`;
  return sql`
  SELECT ${listColumns} FROM customers c LEFT JOIN users u ON u.id = c.owner_id
  WHERE NOT c.archived AND (c.name ILIKE ${pattern} OR c.external_id ILIKE ${pattern} OR c.phone ILIKE ${pattern}
    OR c.email ILIKE ${pattern} OR EXISTS (SELECT 1 FROM contacts ct WHERE ct.customer_id = c.id
      AND (ct.name ILIKE ${pattern} OR ct.phone ILIKE ${pattern} OR ct.email ILIKE ${pattern})))
  ORDER BY c.created_at DESC, c.id DESC LIMIT 51`;
};

/** The first page by revenue as a naive design would: each customer's paid orders summed at query time. */
const revenuePage = sql`
  SELECT ${listColumns} FROM customers c LEFT JOIN users u ON u.id = c.owner_id
  WHERE NOT c.archived
  ORDER BY (SELECT sum(o.total) FROM orders o WHERE o.customer_id = c.id AND o.status = 'paid') DESC NULLS LAST, c.id DESC
  LIMIT 51`;

/** A deep page the naive way: OFFSET, which reads and discards every row before it. */
const offsetPage = (offset: number): SQL => sql`
  SELECT ${listColumns} FROM customers c LEFT JOIN users u ON u.id = c.owner_id
  WHERE NOT c.archived ORDER BY c.name, c.id LIMIT 51 OFFSET ${offset}`;

/** Search terms from the customers themselves: surnames and given characters, names' first two characters, three-character names. */
export async function searchTerms(db: Db) {
  const rows = await selectRows<{ name: string }>(
    db,
    sql`SELECT name FROM customers WHERE kind = 'person' ORDER BY id LIMIT 5000`,
  );
  const names = rows.map((row) => Array.from(row.name));
  const codes = await selectRows<{ code: string }>(
    db,
    sql`SELECT external_id AS code FROM customers WHERE external_id IS NOT NULL ORDER BY id LIMIT 1000`,
  );
  const contacts = await selectRows<{ name: string }>(db, sql`SELECT name FROM contacts ORDER BY id LIMIT 1000`);
  return {
    one: names.flatMap((chars) => [chars[0], chars[chars.length - 1]]),
    two: names.map((chars) => chars.slice(0, 2).join('')),
    three: names.filter((chars) => chars.length === 3).map((chars) => chars.join('')),
    code: codes.map((row) => row.code),
    contact: contacts.map((row) => row.name),
  };
}

async function searchCase(context: CaseContext, name: string, terms: string[]): Promise<CaseResult> {
  const { samples, baselineSamples } = context;
  const search = (term: string) =>
    getPage(context, `/api/v1/customers?q=${encodeURIComponent(term)}&limit=50`).then((page) => page.items.length);
  const ilike = (term: string) => selectRows(context.db, ilikePage(term)).then((rows) => Math.min(50, rows.length));
  await measure('warm-up', cycle(terms.slice(samples), 20), search);
  await measure('warm-up', cycle(terms.slice(samples + 20), 3), ilike);
  return {
    guanxi: await measure(name, cycle(terms, samples), search),
    baseline: await measure(name, cycle(terms, baselineSamples), ilike),
    baselineName: "ILIKE '%q%' (SQL)",
  };
}

async function filteredListCase(context: CaseContext, sort: string): Promise<CaseResult> {
  const combinations = context.relationshipManagerIds.flatMap((ownerId) =>
    benchTags.map(([tag]) => ({ ownerId, tag })),
  );
  const list = ({ ownerId, tag }: { ownerId: string; tag: string }) =>
    getPage(context, `/api/v1/customers?ownerId=${ownerId}&tag=${encodeURIComponent(tag)}&sort=${sort}&limit=50`).then(
      (page) => page.items.length,
    );
  await measure('warm-up', cycle(combinations, 20), list);
  return {
    guanxi: await measure(`list: owner + tag, sort=${sort}`, cycle(combinations.reverse(), context.samples), list),
  };
}

/** The first page of everyone by revenue (with its total, an estimate at this size) against summing orders per request. */
async function revenueListCase(context: CaseContext): Promise<CaseResult> {
  const list = () => getPage(context, '/api/v1/customers?sort=-revenue&limit=50').then((page) => page.items.length);
  await measure('warm-up', cycle([0], 10), list);
  const guanxi = await measure('first page, sort=-revenue (with the total)', cycle([0], context.samples), list);
  const naive = () => selectRows(context.db, revenuePage).then((rows) => Math.min(50, rows.length));
  const baseline = await measure(
    'revenue summed per request',
    cycle([0], Math.min(10, context.baselineSamples)),
    naive,
  );
  return { guanxi, baseline, baselineName: 'Σ orders per customer, ORDER BY (SQL)' };
}

/** The first page of everyone, newest first: what opening the list costs with its total, against an exact count. */
async function firstPageCase(context: CaseContext): Promise<CaseResult> {
  const list = () => getPage(context, '/api/v1/customers?limit=50').then((page) => page.items.length);
  await measure('warm-up', cycle([0], 10), list);
  const guanxi = await measure('first page, all customers (with the total)', cycle([0], context.samples), list);
  const exact = () => selectRows(context.db, sql`SELECT count(*) FROM customers WHERE NOT archived`).then(() => 0);
  const baseline = await measure('exact count', cycle([0], context.baselineSamples), exact);
  return { guanxi, baseline, baselineName: 'exact count(*) alone (SQL)' };
}

/** Follows nextCursor from the first page, timing the pages after `deepFrom`. */
async function deepPageCase(context: CaseContext, sort: string): Promise<Sample> {
  const latencies: number[] = [];
  let rows = 0;
  let cursor: string | null = null;
  for (let page = 1; page <= context.deepPages; page++) {
    const started = performance.now();
    const answer: Page = await getPage(
      context,
      `/api/v1/customers?sort=${sort}&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    if (page > context.deepFrom) {
      latencies.push(performance.now() - started);
      rows += answer.items.length;
    }
    cursor = answer.nextCursor;
    if (!cursor) throw new Error(`the list ended at page ${page}: load more customers or walk fewer pages`);
  }
  return {
    case: `deep page by cursor (sort=${sort}, pages ${context.deepFrom + 1}–${context.deepPages})`,
    latencies,
    rowsPerAnswer: rows / latencies.length,
  };
}

async function deepPageCases(context: CaseContext): Promise<CaseResult[]> {
  const byName = await deepPageCase(context, 'name');
  const span = context.deepPages - context.deepFrom;
  const offsets = Array.from(
    { length: context.baselineSamples },
    (_, i) => (context.deepFrom + Math.floor((i * span) / context.baselineSamples)) * 50,
  );
  const baseline = await measure('OFFSET', offsets, (offset) =>
    selectRows(context.db, offsetPage(offset)).then((r) => Math.min(50, r.length)),
  );
  return [
    { guanxi: byName, baseline, baselineName: 'OFFSET at the same depth (SQL)' },
    { guanxi: await deepPageCase(context, '-createdAt') },
    { guanxi: await deepPageCase(context, '-revenue') },
    { guanxi: await deepPageCase(context, 'lastContactAt') },
  ];
}

export async function runCases(context: CaseContext): Promise<CaseResult[]> {
  const terms = await searchTerms(context.db);
  return [
    await searchCase(context, 'search, 1 character', terms.one),
    await searchCase(context, 'search, 2 characters', terms.two),
    await searchCase(context, 'search, 3 characters', terms.three),
    await searchCase(context, 'search, customer code', terms.code),
    await searchCase(context, "search, a contact's name", terms.contact),
    await filteredListCase(context, 'name'),
    await filteredListCase(context, '-lastContactAt'),
    await firstPageCase(context),
    await revenueListCase(context),
    ...(await deepPageCases(context)),
  ];
}
