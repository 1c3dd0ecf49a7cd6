import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryGrams } from '../../src/customers/search.ts';
import { openDatabase, selectRows } from '../../src/db/client.ts';

/** The grams a query asks the index for must be among the grams the database made of any text containing it. */
let database: Awaited<ReturnType<typeof openDatabase>>;
beforeAll(async () => {
  database = await openDatabase({ dataDir: 'memory://' });
  await database.migrate();
});
afterAll(() => database.close());

const unit = fc.constantFrom(...'张伟三丰李明王芳abcXYZ019 @.-_', '𠀋');
const text = fc.string({ unit, maxLength: 16 });
const shortQuery = fc.string({ unit, minLength: 1, maxLength: 2 });

describe('search grams', () => {
  it('of every substring are contained in the grams of the text', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.nat(), fc.nat(), async (value, a, b) => {
        const lower = value.toLowerCase();
        const chars = Array.from(lower);
        const start = chars.length ? a % chars.length : 0;
        const needle = chars.slice(start, start + 1 + (b % 4)).join('');
        const rows = await selectRows<{ grams: string[] }>(
          database.db,
          sql`SELECT guanxi_search_grams(${lower}) AS grams`,
        );
        const stored = new Set(rows[0].grams);
        for (const gram of queryGrams(needle)) expect(stored.has(gram), `${gram} of ${needle} in ${lower}`).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('match one-gram queries exactly, so no LIKE is needed for them', async () => {
    await fc.assert(
      fc.asyncProperty(text, shortQuery, async (value, query) => {
        const lower = value.toLowerCase();
        const needle = query.toLowerCase().trim();
        const grams = queryGrams(needle);
        if (grams.length !== 1 || grams[0] !== needle) return;
        const rows = await selectRows<{ grams: string[] }>(
          database.db,
          sql`SELECT guanxi_search_grams(${lower}) AS grams`,
        );
        expect(rows[0].grams.includes(needle), `${needle} in ${lower}`).toBe(lower.includes(needle));
      }),
      { numRuns: 300 },
    );
  });
});
