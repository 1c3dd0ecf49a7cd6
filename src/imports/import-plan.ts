import type { DataKind } from '../shared/domain.ts';
import { contactsImport } from './contacts-import.ts';
import { customersImport } from './customers-import.ts';
import { ordersImport } from './orders-import.ts';
import { productsImport } from './products-import.ts';
import type { RunSql, Stage } from './staging.ts';

/** How one kind of record is checked against the database and merged into it, in SQL over the staged rows. */
export interface ImportPlan {
  /** Temporary tables the plan makes (dropped at the end). */
  extraTables: readonly string[];
  /** Staged columns computed while reading, beside the file's columns. */
  extraColumns?: readonly string[];
  /** Makes the function that computes them for each good row, in file order. */
  computeExtras?: () => (values: readonly (string | null)[]) => (string | null)[];
  /** Adds to the rejects what only the database can tell: unknown references, keys repeated in the file. */
  check(stage: Stage): Promise<void>;
  /** Writes the good rows, in the import's transaction; unchanged records are left alone. */
  merge(stage: Stage, run: RunSql): Promise<{ inserted: number; updated: number; records?: number }>;
  /** What the counts count when it is not rows, for the summary (orders: `orders`). */
  unit?: string;
}

export const importPlans: Record<DataKind, ImportPlan> = {
  customers: customersImport,
  contacts: contactsImport,
  products: productsImport,
  orders: ordersImport,
};
