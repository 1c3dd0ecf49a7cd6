import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer } from '../helpers/test-server.ts';

/** The customer list's sorts by revenue, last purchase and last contact, and its total. */
let server: Awaited<ReturnType<typeof startTestServer>>;
let manager: Awaited<ReturnType<typeof server.userClient>>;
const ids: Record<string, string> = {};
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

type Item = {
  id: string;
  name: string;
  revenue: string | null;
  lastPurchaseAt: string | null;
  lastContactAt: string | null;
};

/** Every page of the list in `sort`, `limit` at a time, following the cursors. */
async function walk(sort: string, limit = 2): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  do {
    const page: { status: number; body: any } = await manager.get(
      `/api/v1/customers?tag=sorts&sort=${sort}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(page.status).toBe(200);
    items.push(...page.body.items);
    cursor = page.body.nextCursor;
  } while (cursor);
  return items;
}

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager');
  const order = (customer: string, day: number, price: string, status = 'paid') =>
    manager.post('/api/v1/orders', {
      customerId: ids[customer],
      orderedAt: daysAgo(day),
      status,
      lines: [{ quantity: '1', unitPrice: price }],
    });
  for (const name of ['甲', '乙', '丙', '丁', '戊', '己'])
    ids[name] = (await manager.post('/api/v1/customers', { kind: 'person', name, tags: ['sorts'] })).body.id;
  // 甲 and 乙 have the same revenue; 丙 bought most, long ago; 丁 only refunded; 戊 and 己 never bought.
  for (const [customer, day, price, status] of [
    ['甲', 10, '300.00'],
    ['乙', 5, '100.00'],
    ['乙', 20, '200.00'],
    ['丙', 400, '5000.50'],
    ['丁', 3, '999.00', 'refunded'],
  ] as const)
    expect((await order(customer, day, price, status)).status).toBe(201);
  for (const [customer, day] of [
    ['甲', 30],
    ['丙', 2],
    ['戊', 7],
    ['戊', 1],
  ] as const)
    expect(
      (
        await manager.post('/api/v1/interactions', {
          customerId: ids[customer],
          medium: 'phone',
          occurredAt: daysAgo(day),
        })
      ).status,
    ).toBe(201);
});
afterAll(() => server.close());

const names = (items: Item[]) => items.map((item) => item.name);
/** Customers with equal values come in id order, ascending or descending with the sort. */
const inIdOrder = (customers: string[], descending: boolean) =>
  [...customers].sort((a, b) => (ids[a] < ids[b] ? -1 : 1) * (descending ? -1 : 1));

describe('sorting the customer list', () => {
  it('by revenue (paid orders only), customers without purchases last either way, ties by id', async () => {
    const descending = await walk('-revenue');
    expect(names(descending)).toEqual(['丙', ...inIdOrder(['甲', '乙'], true), ...inIdOrder(['丁', '戊', '己'], true)]);
    expect(descending.map((item) => item.revenue)).toEqual(['5000.50', '300.00', '300.00', null, null, null]);
    expect(names(await walk('revenue'))).toEqual([
      ...inIdOrder(['甲', '乙'], false),
      '丙',
      ...inIdOrder(['丁', '戊', '己'], false),
    ]);
  });

  it('by last purchase and last contact, missing ones last either way', async () => {
    expect(names(await walk('-lastPurchaseAt')).slice(0, 3)).toEqual(['乙', '甲', '丙']);
    expect(names(await walk('lastPurchaseAt')).slice(0, 3)).toEqual(['丙', '甲', '乙']);
    const contacted = await walk('-lastContactAt', 1);
    expect(names(contacted).slice(0, 3)).toEqual(['戊', '丙', '甲']);
    expect(contacted.slice(3).every((item) => item.lastContactAt === null)).toBe(true);
    expect(names(await walk('lastContactAt')).slice(0, 3)).toEqual(['甲', '丙', '戊']);
  });

  it('pages through every sort without gaps or repeats', async () => {
    for (const key of ['revenue', 'lastPurchaseAt', 'lastContactAt'])
      for (const sort of [key, `-${key}`])
        for (const limit of [1, 4]) {
          const items = await walk(sort, limit);
          expect(new Set(items.map((item) => item.id)).size).toBe(6);
          expect(items.length).toBe(6);
        }
  });

  it('follows refunds, corrections and deleted interactions', async () => {
    const bought = await manager.post('/api/v1/orders', {
      customerId: ids.己,
      orderedAt: daysAgo(1),
      lines: [{ quantity: '2', unitPrice: '10000' }],
    });
    expect(names(await walk('-revenue'))[0]).toBe('己');
    await manager.patch(`/api/v1/orders/${bought.body.id}`, { status: 'refunded' });
    const after = await walk('-revenue');
    expect(after.find((item) => item.name === '己')?.revenue).toBeNull();
    const interactions = await manager.get(`/api/v1/interactions?customerId=${ids.戊}`);
    for (const interaction of interactions.body.items)
      expect((await manager.delete(`/api/v1/interactions/${interaction.id}`)).status).toBe(204);
    expect(names(await walk('-lastContactAt')).slice(0, 2)).toEqual(['丙', '甲']);
  });

  it('refuses a cursor that does not fit the sort, naming it', async () => {
    const page = await manager.get('/api/v1/customers?tag=sorts&sort=name&limit=1');
    const wrong = await manager.get(`/api/v1/customers?tag=sorts&sort=-revenue&cursor=${page.body.nextCursor}`);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual({ cursor: 'does not fit this sort order' });
    expect((await manager.get('/api/v1/customers?sort=-profit')).status).toBe(400);
  });

  it('are documented in the OpenAPI description', async () => {
    const document = (await manager.get('/api/openapi.json')).body;
    const parameters = document.paths['/api/v1/customers'].get.parameters as {
      name: string;
      schema: { enum?: string[] };
    }[];
    expect(parameters.find((p) => p.name === 'sort')?.schema.enum).toEqual(
      expect.arrayContaining([
        'revenue',
        '-revenue',
        'lastPurchaseAt',
        '-lastPurchaseAt',
        'lastContactAt',
        '-lastContactAt',
      ]),
    );
  });
});

describe('the revenue of each customer on the list', () => {
  it('names the currencies it adds up: the customer’s own, several when it mixes them', async () => {
    const currency = async (name: string, code: string) =>
      manager.post('/api/v1/orders', {
        customerId: ids[name],
        orderedAt: daysAgo(1),
        currency: code,
        lines: [{ quantity: '1', unitPrice: '1.00' }],
      });
    expect((await currency('乙', 'USD')).status).toBe(201);
    const items = (await manager.get('/api/v1/customers?tag=sorts&sort=name')).body.items as (Item & {
      revenueCurrencies: string[];
    })[];
    const of = (name: string) => items.find((item) => item.name === name)?.revenueCurrencies;
    expect(of('甲')).toEqual(['CNY']);
    expect(of('乙')).toEqual(['CNY', 'USD']);
    expect(of('丁'), 'refunded only: no revenue').toEqual([]);
    expect(of('戊')).toEqual([]);
  });
});

describe('the total of the customer list', () => {
  it('is counted on the first page and left out on the others', async () => {
    const first = await manager.get('/api/v1/customers?tag=sorts&limit=4');
    expect(first.body.total).toEqual({ count: 6, exact: true });
    const next = await manager.get(`/api/v1/customers?tag=sorts&limit=4&cursor=${first.body.nextCursor}`);
    expect(next.body.total).toBeNull();
    // A first page holding every match is counted by itself.
    expect((await manager.get('/api/v1/customers?tag=sorts')).body.total).toEqual({ count: 6, exact: true });
  });

  it('is an estimate, marked so, when more than a thousand customers match', async () => {
    await server.db.execute(
      sql`INSERT INTO customers (kind, name, tags) SELECT 'person', '批量' || i, '{bulk}' FROM generate_series(1, 2500) AS i`,
    );
    await server.db.execute(sql`ANALYZE customers`);
    const total = (await manager.get('/api/v1/customers?tag=bulk')).body.total;
    expect(total.exact).toBe(false);
    expect(total.count).toBeGreaterThan(1000);
    expect(total.count).toBeLessThan(10_000);
    const counted = (await manager.get(`/api/v1/customers?q=${encodeURIComponent('批量2')}`)).body.total;
    expect(counted).toEqual({ count: 1 + 10 + 100 + 501, exact: true });
  });

  it('is the estimate alone when the database expects far more than a thousand (nothing is counted)', async () => {
    await server.db.execute(
      sql`INSERT INTO customers (kind, name, tags) SELECT 'person', '大批' || i, '{huge}' FROM generate_series(1, 12000) AS i`,
    );
    await server.db.execute(sql`ANALYZE customers`);
    const total = (await manager.get('/api/v1/customers?tag=huge')).body.total;
    expect(total.exact).toBe(false);
    expect(total.count).toBeGreaterThan(10_000);
    expect(total.count).toBeLessThan(15_000);
  });
});
