import { sql } from 'drizzle-orm';
import { type Db, selectRows } from '../src/db/client.ts';
import { givenNameCharacters, surnames } from '../src/demo/index.ts';

/** Tags of the benchmark customers and the share of customers carrying each. */
export const benchTags: [tag: string, share: number][] = [
  ['VIP', 0.05],
  ['微信群', 0.2],
  ['增值税专票', 0.15],
  ['价格敏感', 0.1],
  ['展会获客', 0.08],
];

const cityNames = ['上海', '北京', '深圳', '广州', '杭州', '南京', '苏州', '成都', '武汉', '西安', '重庆', '天津'];
const tradeNames = ['恒泰', '华瑞', '鼎盛', '新锐', '博远', '嘉禾', '中科', '天成', '宏达', '金桥', '远航', '明德'];
const businesses = ['科技', '贸易', '物流', '电子', '医疗器械', '建筑工程', '文化传媒', '餐饮管理', '教育科技'];

/** Surnames repeated in proportion to their share, so that a uniform pick is a weighted one. */
function weightedSurnames() {
  const weighted = surnames.flatMap((surname) => Array(Math.max(1, Math.round(surname.share * 20))).fill(surname));
  return { text: weighted.map((s) => s.text), pinyin: weighted.map((s) => s.pinyin) };
}

const textArray = (items: string[]) => sql`${`{${items.map((item) => `"${item}"`).join(',')}}`}::text[]`;

/**
 * Inserts customers `from`..`to` in one INSERT … SELECT generate_series: 85% persons with a weighted
 * surname and one or two given characters, 15% companies; mobile phones, emails for 70%, owners
 * spread evenly over `ownerIds`, tags as in `benchTags`, created over the last five years.
 */
export async function insertCustomers(db: Db, range: { from: number; to: number; ownerIds: string[] }) {
  const surname = weightedSurnames();
  const given = { text: givenNameCharacters.map((g) => g.text), pinyin: givenNameCharacters.map((g) => g.pinyin) };
  const tagCases = sql.join(
    benchTags.map(([tag, share], i) => sql`CASE WHEN r.tag${sql.raw(String(i))} < ${share} THEN ${tag} END`),
    sql`, `,
  );
  await db.execute(sql`
    INSERT INTO customers (kind, name, external_id, phone, email, tags, source, level, owner_id, created_at, updated_at)
    SELECT CASE WHEN r.company THEN 'organization' ELSE 'person' END,
      CASE WHEN r.company
        THEN (${textArray(cityNames)})[r.city] || (${textArray(tradeNames)})[r.trade] || (${textArray(businesses)})[r.business] || '有限公司'
        ELSE (${textArray(surname.text)})[r.surname] || (${textArray(given.text)})[r.given1] || coalesce((${textArray(given.text)})[r.given2], '') END,
      CASE WHEN r.i % 10 < 6 THEN 'KH' || lpad(r.i::text, 7, '0') END,
      '1' || (3 + r.i % 7) || lpad((r.phone * 1e9)::bigint::text, 9, '0'),
      CASE WHEN r.company THEN 'info' || r.i || '@company.example' WHEN r.email < 0.7 THEN
        (${textArray(surname.pinyin)})[r.surname] || (${textArray(given.pinyin)})[r.given1] || coalesce((${textArray(given.pinyin)})[r.given2], '')
        || (r.i % 1000) || '@' || (${textArray(['163.example', 'qq.example', '126.example', 'outlook.example'])})[1 + r.i % 4] END,
      array_remove(ARRAY[${tagCases}], NULL),
      (${textArray(['internet', 'referral', 'visit', 'inquiry', 'advertising', 'phone'])})[1 + r.i % 6],
      (${textArray(['basic', 'reactive', 'accountable', 'proactive', 'partnership'])})[1 + (r.i / 7) % 5],
      (${`{${range.ownerIds.join(',')}}`}::uuid[])[1 + r.i % ${range.ownerIds.length}],
      r.created, r.created
    FROM (
      SELECT i, random() < 0.15 AS company, 1 + floor(random() * ${cityNames.length})::int AS city,
        1 + floor(random() * ${tradeNames.length})::int AS trade, 1 + floor(random() * ${businesses.length})::int AS business,
        1 + floor(random() * ${surname.text.length})::int AS surname, 1 + floor(random() * ${given.text.length})::int AS given1,
        CASE WHEN random() < 0.65 THEN 1 + floor(random() * ${given.text.length})::int END AS given2,
        random() AS phone, random() AS email, random() AS tag0, random() AS tag1, random() AS tag2, random() AS tag3,
        random() AS tag4, date_trunc('milliseconds', now() - random() * interval '5 years') AS created
      FROM generate_series(${range.from}::int, ${range.to}::int) AS i
    ) AS r`);
}

/**
 * One to four contacts for each organization: Chinese names as for the customers, a job title, a
 * mobile phone each, an email for 60%.
 */
export async function insertContacts(db: Db) {
  const surname = weightedSurnames();
  const given = { text: givenNameCharacters.map((g) => g.text), pinyin: givenNameCharacters.map((g) => g.pinyin) };
  await db.execute(sql`
    INSERT INTO contacts (customer_id, name, title, phone, email)
    SELECT r.customer_id,
      (${textArray(surname.text)})[r.surname] || (${textArray(given.text)})[r.given1] || coalesce((${textArray(given.text)})[r.given2], ''),
      (${textArray(['总经理', '采购经理', '财务', '技术总监', '销售'])})[1 + r.k % 5],
      '1' || (5 + r.k % 4) || lpad((r.phone * 1e9)::bigint::text, 9, '0'),
      CASE WHEN r.email < 0.6 THEN (${textArray(surname.pinyin)})[r.surname] || '.' || (${textArray(given.pinyin)})[r.given1] || '@company.example' END
    FROM (
      SELECT c.id AS customer_id, k, 1 + floor(random() * ${surname.text.length})::int AS surname,
        1 + floor(random() * ${given.text.length})::int AS given1,
        CASE WHEN random() < 0.65 THEN 1 + floor(random() * ${given.text.length})::int END AS given2,
        random() AS phone, random() AS email
      FROM customers c CROSS JOIN LATERAL generate_series(1, 1 + (abs(hashtext(c.id::text)) % 4)) AS k
      WHERE c.kind = 'organization'
    ) AS r`);
}

/**
 * Purchases and logged contacts, through the real tables and their triggers (which keep each
 * customer's revenue, last purchase and last contact for the list's sorts): 70% of the customers
 * bought one to three times over the last three years, 50% were contacted once in the last two.
 */
export async function insertActivity(db: Db) {
  await db.execute(sql`
    INSERT INTO orders (external_id, customer_id, ordered_at, total)
    SELECT 'B-' || c.n || '-' || k, c.id, date_trunc('milliseconds', now() - random() * interval '3 years'),
      round((50 + random() * random() * 20000)::numeric, 2)
    FROM (SELECT id, row_number() OVER () AS n FROM customers WHERE random() < 0.7) AS c
    CROSS JOIN LATERAL generate_series(1, 1 + (c.n % 3)::int) AS k`);
  await db.execute(sql`
    INSERT INTO interactions (customer_id, medium, occurred_at)
    SELECT id, 'phone', date_trunc('milliseconds', now() - random() * interval '2 years')
    FROM customers WHERE random() < 0.5`);
}

/** A table's secondary indexes (not those behind constraints), to drop before a bulk load. */
export async function secondaryIndexes(db: Db, table: string) {
  return selectRows<{ name: string; definition: string }>(
    db,
    sql`SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
        WHERE i.tablename = ${table} AND i.schemaname = current_schema()
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  );
}
