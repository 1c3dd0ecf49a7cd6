import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money } from './demo.repo.ts';
import { planDemoCompany } from './generator.ts';
import { Random } from './random.ts';

describe('Random', () => {
  it('repeats itself for a seed and draws from the distributions it names', () => {
    const draws = (seed: number) => Array.from({ length: 5 }, () => new Random(seed).next());
    expect(draws(42)).toEqual(draws(42));
    const random = new Random(1);
    const mean = (draw: () => number) => Array.from({ length: 20_000 }, draw).reduce((a, b) => a + b, 0) / 20_000;
    expect(mean(() => random.gamma(0.9, 5))).toBeCloseTo(5, 0);
    expect(mean(() => random.gamma(3, 1))).toBeCloseTo(1, 1);
    expect(mean(() => random.beta(1, 4))).toBeCloseTo(0.2, 1);
    expect(mean(() => random.exponential(15))).toBeCloseTo(15, -1);
    expect(random.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('money', () => {
  it('writes integer cents as exact decimal strings', () => {
    expect(money(0)).toBe('0.00');
    expect(money(5)).toBe('0.05');
    expect(money(123456)).toBe('1234.56');
    expect(money(-1999)).toBe('-19.99');
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        (cents) => BigInt(money(cents).replace('.', '')) === BigInt(cents),
      ),
    );
  });
});

describe('the demo company', () => {
  const plan = { customers: 300, seed: 5, years: 3, today: new Date('2025-01-15T02:00:00Z') };
  const everything = (company: ReturnType<typeof planDemoCompany>) => [...company.batches(100)];

  it('is the same for the same seed', () => {
    const strip = (company: ReturnType<typeof planDemoCompany>) =>
      JSON.stringify([company.team, company.catalogue, everything(company)]);
    expect(strip(planDemoCompany(plan))).toBe(strip(planDemoCompany(plan)));
    expect(strip(planDemoCompany({ ...plan, seed: 6 }))).not.toBe(strip(planDemoCompany(plan)));
  });

  it('is a function of the seed and the business day in Beijing, not of the time of day', () => {
    const plan = (seed: number, today: string) => ({ customers: 300, seed, years: 3, today: new Date(today) });
    const whole = (company: ReturnType<typeof planDemoCompany>) => {
      const batches = everything(company);
      return {
        team: company.team,
        catalogue: company.catalogue,
        start: company.clock.start,
        end: company.clock.today,
        customers: batches.flatMap((batch) => batch.customers),
        contacts: batches.flatMap((batch) => batch.contacts),
        shares: batches.flatMap((batch) => batch.shares),
        orders: batches.flatMap((batch) => batch.orders),
        lines: batches.flatMap((batch) => batch.lines),
      };
    };
    // 00:05 and 23:55 on 15 January 2025 in Beijing (UTC+8): the same business day.
    const early = whole(planDemoCompany(plan(1, '2025-01-15T00:05:00+08:00')));
    const late = whole(planDemoCompany(plan(1, '2025-01-15T23:55:00+08:00')));
    expect(late.orders.length).toBeGreaterThan(300);
    expect(late).toEqual(early);
    expect(late.end).toEqual(new Date('2025-01-15T00:00:00+08:00'));
    expect(whole(planDemoCompany(plan(2, '2025-01-15T00:05:00+08:00')))).not.toEqual(early);
    expect(whole(planDemoCompany(plan(1, '2025-01-16T00:05:00+08:00'))).start).not.toEqual(early.start);
  });

  it('keeps orders consistent and within the history', () => {
    const company = planDemoCompany(plan);
    const batches = everything(company);
    const customers = batches.flatMap((batch) => batch.customers);
    expect(customers).toHaveLength(300);
    expect(new Set(customers.map((customer) => customer.id)).size).toBe(300);
    const knownSince = new Map(customers.map((customer) => [customer.id, customer.createdAt]));
    const lines = batches.flatMap((batch) => batch.lines);
    for (const order of batches.flatMap((batch) => batch.orders)) {
      const own = lines.filter((line) => line.orderId === order.id);
      expect(own.length).toBeGreaterThan(0);
      expect(own.reduce((sum, line) => sum + line.quantity * line.unitPriceCents, 0)).toBe(order.totalCents);
      expect(Number.isInteger(order.totalCents) && order.collectedCents <= order.totalCents).toBe(true);
      expect(order.orderedAt <= plan.today && order.orderedAt > knownSince.get(order.customerId)!).toBe(true);
    }
  });
});
