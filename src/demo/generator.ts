import { base, en, Faker } from '@faker-js/faker';
import {
  type BuyerProfile,
  type Clock,
  type DemoOrder,
  type DemoOrderLine,
  drawProfile,
  makeClock,
  simulatePurchases,
} from './buying.ts';
import { buildCatalogue, categoryPlans, type DemoProduct } from './catalogue.ts';
import { type CustomerContext, describeCustomer, internalCustomerCount } from './customer-records.ts';
import type { DemoContact, DemoCustomer } from './customers.ts';
import { Random } from './random.ts';
import { buildTeam, type DemoUser } from './team.ts';

export interface DemoPlan {
  customers: number;
  seed: number;
  years: number;
  /** The business day in Beijing: purchases run up to its midnight; the time of day does not count. */
  today: Date;
}

/** A slice of the company's customers with everything that hangs off them, written in one go. */
export interface DemoBatch {
  customers: DemoCustomer[];
  contacts: DemoContact[];
  shares: { customerId: string; userId: string }[];
  orders: DemoOrder[];
  lines: DemoOrderLine[];
}

export interface DemoCompany {
  team: DemoUser[];
  catalogue: DemoProduct[];
  clock: Clock;
  /** The customers in the order they became known, with their purchases, in batches of `batchSize`. */
  batches(batchSize: number): Generator<DemoBatch>;
}

/** Plans the whole company: a pure function of the seed, the size, the years and the business day `today`. */
export function planDemoCompany(plan: DemoPlan): DemoCompany {
  const stream = (label: string) => new Random(plan.seed).fork(label);
  const team = buildTeam(stream('team'), plan.customers);
  const catalogue = buildCatalogue(stream('catalogue'));
  const clock = makeClock(plan.today, plan.years);
  const productsByCategory = categoryPlans.map((_, index) =>
    catalogue.filter((product) => product.categoryIndex === index),
  );
  const profiles = drawProfiles(stream('profiles'), plan.customers, clock.days);

  function* batches(batchSize: number): Generator<DemoBatch> {
    const context: CustomerContext = {
      random: stream('people'),
      faker: new Faker({ locale: [en, base], seed: plan.seed }),
      clock,
      relationshipManagers: team.filter((user) => user.role === 'relationship_manager'),
      referrers: [],
    };
    let orderNumber = 0;
    const purchase = {
      random: stream('purchases'),
      clock,
      productsByCategory,
      nextOrderNumber: () => ++orderNumber,
    };
    for (let first = 0; first < profiles.length; first += batchSize) {
      const batch: DemoBatch = { customers: [], contacts: [], shares: [], orders: [], lines: [] };
      profiles.slice(first, first + batchSize).forEach((profile, offset) => {
        const { customer, contacts, shares } = describeCustomer(context, profile, first + offset);
        const purchases = simulatePurchases(purchase, profile, customer);
        batch.customers.push(customer);
        batch.contacts.push(...contacts);
        batch.shares.push(...shares);
        batch.orders.push(...purchases.orders);
        batch.lines.push(...purchases.lines);
        for (const order of purchases.orders.slice(0, 5))
          context.referrers.push({ id: customer.id, since: clock.dayOf(order.orderedAt) });
      });
      yield batch;
    }
  }

  return { team, catalogue, clock, batches };
}

/** When each customer became known: more every year as the company grows (2.5× from the first to the last). */
function drawProfiles(random: Random, count: number, days: number): BuyerProfile[] {
  const growth = Math.log(2.5);
  const starts = Array.from(
    { length: count },
    () => ((days - 3) * Math.log(1 + random.next() * (Math.exp(growth) - 1))) / growth,
  ).sort((a, b) => a - b);
  const internal = internalCustomerCount(count);
  return starts.map((startDay, i) =>
    i < internal
      ? drawProfile(random, 'organization', 0, true)
      : drawProfile(random, random.chance(0.55) ? 'organization' : 'person', startDay),
  );
}
