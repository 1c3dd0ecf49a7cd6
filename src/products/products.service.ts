import { and, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/index.ts';
import { type Actor, mayAssignOwners } from '../auth/index.ts';
import type { Db, Executor } from '../db/client.ts';
import { orderLines, products } from '../db/schema/index.ts';
import { AppError, forbidden, notFound } from '../server/errors.ts';
import { escapeLike } from '../shared/escape-like.ts';
import { keyset } from '../shared/keyset.ts';
import type { CreateProductInput, ListProductsQuery, UpdateProductInput } from './products.schema.ts';

const productColumns = {
  id: products.id,
  sku: products.sku,
  name: products.name,
  category: products.category,
  currency: products.currency,
  listPrice: products.listPrice,
  unitCost: products.unitCost,
  active: products.active,
  createdAt: products.createdAt,
  updatedAt: products.updatedAt,
};

/** The catalogue is visible to everyone; managers and admins maintain it. */
const requireCatalogueEditor = (actor: Actor) => {
  if (!mayAssignOwners(actor)) throw forbidden('Only managers and administrators maintain the product catalogue');
};

export async function listProducts(options: { db: Db; query: ListProductsQuery }) {
  const { db, query } = options;
  const page = keyset({
    sort: query.sort,
    columns: { name: products.name, sku: products.sku, createdAt: products.createdAt },
    timeKeys: ['createdAt'],
    id: products.id,
    cursor: query.cursor,
    limit: query.limit,
  });
  const filters: (SQL | undefined)[] = [page.after];
  if (query.q) {
    const pattern = `%${escapeLike(query.q)}%`;
    filters.push(or(ilike(products.name, pattern), ilike(products.sku, pattern)));
  }
  if (query.category) filters.push(eq(products.category, query.category));
  if (query.active !== 'all') filters.push(eq(products.active, query.active === 'true'));
  const rows = await db
    .select(productColumns)
    .from(products)
    .where(and(...filters))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  return page.page(rows);
}

export async function listCategories(options: { db: Db }) {
  const rows = await options.db
    .selectDistinct({ category: products.category })
    .from(products)
    .where(sql`${products.category} IS NOT NULL`)
    .orderBy(products.category);
  return rows.map((row) => row.category!);
}

export async function getProduct(options: { db: Executor; id: string }) {
  const [product] = await options.db.select(productColumns).from(products).where(eq(products.id, options.id));
  if (!product) throw notFound('Product');
  return product;
}

export async function createProduct(options: { db: Db; actor: Actor; input: CreateProductInput }) {
  const { db, actor, input } = options;
  requireCatalogueEditor(actor);
  return db.transaction(async (tx) => {
    const [product] = await tx.insert(products).values(input).returning(productColumns);
    await recordAudit(tx, { actor, action: 'create', entity: 'product', entityId: product.id, after: product });
    return product;
  });
}

export async function updateProduct(options: { db: Db; actor: Actor; id: string; input: UpdateProductInput }) {
  const { db, actor, id, input } = options;
  requireCatalogueEditor(actor);
  return db.transaction(async (tx) => {
    const before = await getProduct({ db: tx, id });
    const [after] = await tx
      .update(products)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(products.id, id))
      .returning(productColumns);
    await recordAudit(tx, { actor, action: 'update', entity: 'product', entityId: id, before, after });
    return after;
  });
}

export async function deleteProduct(options: { db: Db; actor: Actor; id: string }) {
  const { db, actor, id } = options;
  requireCatalogueEditor(actor);
  await db.transaction(async (tx) => {
    const before = await getProduct({ db: tx, id });
    if (await tx.$count(orderLines, eq(orderLines.productId, id)))
      throw new AppError('conflict', 'Orders include this product; deactivate it instead of deleting it');
    await tx.delete(products).where(eq(products.id, id));
    await recordAudit(tx, { actor, action: 'delete', entity: 'product', entityId: id, before });
  });
}
