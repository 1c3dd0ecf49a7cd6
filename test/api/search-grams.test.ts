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

const unit = fc.constantFrom(...'张伟三丰李明王芳abcXYZ019 @.-_\t\n', '𠀋');

/** The first definition of the grams (migration 0000), one substr() per position: what 0015 must equal. */
const plainGrams = (text: string) => sql`
  SELECT coalesce(array_agg(DISTINCT g), '{}'::text[]) AS grams FROM (
    SELECT substr(t, i, 1) AS g FROM (SELECT ${text}::text AS t) AS input, generate_series(1, length(t)) AS i
    WHERE ascii(substr(t, i, 1)) > 127
    UNION ALL
    SELECT substr(t, i, 2) FROM (SELECT ${text}::text AS t) AS input, generate_series(1, length(t) - 1) AS i
  ) AS grams WHERE g !~ '\\s'`;
const text = fc.string({ unit, maxLength: 16 });
const shortQuery = fc.string({ unit, minLength: 1, maxLength: 2 });

describe('search grams', () => {
  it('are those of the first, plain definition', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const [plain] = await selectRows<{ grams: string[] }>(database.db, plainGrams(value));
        const [stored] = await selectRows<{ grams: string[] }>(
          database.db,
          sql`SELECT guanxi_search_grams(${value}) AS grams`,
        );
        expect(stored.grams).toEqual(plain.grams);
      }),
      { numRuns: 300 },
    );
  });

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
