import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { requestAnalysis } from '../analytics/index.ts';
import { recordAudit } from '../audit/index.ts';
import { type Caller, hashPassword, roleOf } from '../auth/index.ts';
import type { Db, Executor } from '../db/client.ts';
import { AppError, forbidden, invalid } from '../server/errors.ts';
import { countExistingData, insertBatch, insertCatalogue, insertTeam } from './demo.repo.ts';
import { type DemoSummary, demoLimits } from './demo.schema.ts';
import { planDemoCompany } from './generator.ts';
import { demoCompany } from './team.ts';

export interface LoadDemoOptions {
  db: Db;
  /** null for the shell (`guanxi demo`), which acts as an administrator. */
  actor: Caller;
  customers?: number;
  seed?: number;
  years?: number;
  /** The business day the purchase history runs up to (default: now); the time of day does not count. */
  today?: Date;
  /** Called after each batch of customers is written. */
  onProgress?: (customersWritten: number, customersTotal: number) => void;
}

const BATCH_SIZE = 1_000;

/**
 * Loads a demo company — team, catalogue, customers with contacts and years of purchases — in one
 * transaction, into a database without customers, products or orders. Every demo user gets the
 * same random password, returned once in the summary. Asks for the analysis to be made at once
 * (the server's route starts it; `guanxi demo` makes it before it ends).
 */
export async function loadDemoData(options: LoadDemoOptions): Promise<DemoSummary> {
  const { db, actor } = options;
  if (roleOf(actor) !== 'admin') throw forbidden('Only administrators load demo data');
  const plan = {
    customers: options.customers ?? demoLimits.customers.default,
    seed: options.seed ?? 1,
    years: options.years ?? demoLimits.years.default,
    today: options.today ?? new Date(),
  };
  checkPlan(plan);
  const company = planDemoCompany(plan);
  const password = `demo-${randomBytes(6).toString('hex')}`;
  const passwordHash = await hashPassword(password);
  const summary = { customers: 0, contacts: 0, orders: 0, orderLines: 0 };
  await db.transaction(async (tx) => {
    // Two loads at once would both find the database empty: the second waits here, then finds data.
    await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext('guanxi demo data'))`);
    await refuseUnlessEmpty(
      tx,
      company.team.map((user) => user.email),
    );
    await insertTeam(tx, company.team, passwordHash, company.clock.start);
    await insertCatalogue(tx, company.catalogue, company.clock.start);
    for (const batch of company.batches(BATCH_SIZE)) {
      await insertBatch(tx, batch);
      summary.customers += batch.customers.length;
      summary.contacts += batch.contacts.length;
      summary.orders += batch.orders.length;
      summary.orderLines += batch.lines.length;
      options.onProgress?.(summary.customers, plan.customers);
    }
    // The analysis is made at once after this commits, not at the next daily run.
    await requestAnalysis(tx, 'demo');
    await recordAudit(tx, {
      actor,
      action: 'create',
      entity: 'demo_data',
      entityId: `seed ${plan.seed}`,
      after: {
        ...summary,
        products: company.catalogue.length,
        years: plan.years,
        users: company.team.map((u) => u.email),
      },
    });
  });
  return {
    company: demoCompany.name,
    users: company.team.map(({ email, name, role }) => ({ email, name, role })),
    password,
    ...summary,
    products: company.catalogue.length,
    from: company.clock.start,
  };
}

function checkPlan(plan: { customers: number; seed: number; years: number }) {
  const { customers, years } = demoLimits;
  const outside = (value: number, limits: { min: number; max: number }) =>
    !Number.isInteger(value) || value < limits.min || value > limits.max;
  if (outside(plan.customers, customers)) throw invalid({ customers: `must be ${customers.min} to ${customers.max}` });
  if (outside(plan.years, years)) throw invalid({ years: `must be ${years.min} to ${years.max}` });
  if (!Number.isSafeInteger(plan.seed)) throw invalid({ seed: 'must be a whole number' });
}

async function refuseUnlessEmpty(db: Executor, emails: string[]) {
  const existing = await countExistingData(db, emails);
  const { customers, products, orders } = existing;
  if (customers > 0 || products > 0 || orders > 0)
    throw new AppError(
      'conflict',
      `The database already has ${customers} customers, ${products} products, ${orders} orders: demo data is loaded only into an empty database (use a new GUANXI_DATA_DIR or database)`,
    );
  if (existing.takenEmails.length)
    throw new AppError(
      'conflict',
      `Demo users exist already (${existing.takenEmails.join(', ')}): demo data was loaded into this database before`,
    );
}
