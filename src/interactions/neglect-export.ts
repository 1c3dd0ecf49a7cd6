import { Readable } from 'node:stream';
import type { Actor } from '../auth/index.ts';
import { businessTimeZone } from '../config.ts';
import type { Db } from '../db/client.ts';
import { csvChunks } from '../exports/index.ts';
import type { LoyaltyStage, RfmSegment } from '../shared/domain.ts';
import { inLanguage, type Language } from '../shared/language.ts';
import { neglectColumns, neverLabel, noOwnerLabel, segmentLabels, stageLabels } from './neglect-labels.ts';
import { type NeglectScope, neglectedPage, neglectReport } from './neglect-report.ts';

const batchSize = 5000;

/**
 * The neglected customers the caller may see, every one of them (not only the report's first 20 per
 * relationship manager), as CSV with headers and labels in `language`: owner by owner in the report's
 * order, each owner's customers most valuable first, paged so that memory stays flat.
 */
export async function neglectCsv(options: { db: Db; actor: Actor; scope: NeglectScope; language: Language }) {
  const { db, actor, scope, language } = options;
  const say = (value: Parameters<typeof inLanguage>[0]) => inLanguage(value, language);
  const { owners } = await neglectReport({ db, actor, query: { ...scope, limit: 1 } });
  const groups = owners.filter((group) => !scope.noOwner || !group.owner);
  async function* batches() {
    for (const group of groups) {
      const whose = group.owner ? { ownerId: group.owner.id } : { noOwner: true };
      let cursor: string | undefined;
      do {
        const page = await neglectedPage({
          db,
          actor,
          query: { days: scope.days, ...whose, limit: batchSize, cursor },
        });
        yield page.items.map((customer) => ({
          owner: group.owner?.name ?? say(noOwnerLabel),
          customer: customer.name,
          customer_id: customer.id,
          last_contact:
            customer.lastInteractionAt?.toLocaleString('sv-SE', { timeZone: businessTimeZone }) ?? say(neverLabel),
          days_since: customer.daysSince,
          revenue: customer.monetary,
          segment: customer.segment ? say(segmentLabels[customer.segment as RfmSegment | 'prospect']) : null,
          stage: customer.stage ? say(stageLabels[customer.stage as LoyaltyStage]) : null,
        }));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
    }
  }
  const columns = Object.keys(neglectColumns) as (keyof typeof neglectColumns)[];
  return Readable.from(
    csvChunks(
      columns,
      batches(),
      columns.map((column) => say(neglectColumns[column])),
    ),
    { objectMode: false },
  );
}
