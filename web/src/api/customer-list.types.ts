import type { Segment } from './analytics.types.ts';
import type { Customer, Page } from './domain.types.ts';

/** Why a customer is on the watch-list the list is filtered by (docs/search.md, "Watch-lists"). */
export type WatchReason =
  | { list: 'spend_drop'; recentRevenue: string; previousRevenue: string }
  | { list: 'lapsed'; daysSincePurchase: number; usualIntervalDays: number }
  | { list: 'newly_at_risk'; segment: Segment; previousSegment: Segment | null };

/** A customer as the list shows it: with what it sorts by, and why it matched. */
export interface CustomerListItem extends Customer {
  /** Σ of the paid orders over all currencies (a decimal string); null: no purchase yet. */
  revenue: string | null;
  /** The currencies of the paid orders `revenue` adds up (several: the sum mixes them). */
  revenueCurrencies: string[];
  lastPurchaseAt: string | null;
  lastContactAt: string | null;
  /** The contact through whom a search matched, when the customer's own fields did not. */
  matchedContact: { id: string; name: string } | null;
  watchReason: WatchReason | null;
}

export interface CustomerListPage extends Page<CustomerListItem> {
  /** On the first page: how many customers match; `exact: false` is an estimate ("about"). */
  total: { count: number; exact: boolean } | null;
}
