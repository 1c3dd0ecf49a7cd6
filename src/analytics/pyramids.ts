import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/index.ts';
import { type Actor, mayAssignOwners } from '../auth/index.ts';
import type { Db } from '../db/client.ts';
import { pyramidIndicators, valuePyramids } from '../db/schema/index.ts';
import { forbidden, notFound } from '../server/errors.ts';

export const pyramidBody = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(50),
  weights: z
    .partialRecord(z.enum(pyramidIndicators), z.number().min(0).max(100))
    .refine((weights) => Object.values(weights).some((w) => (w ?? 0) > 0), 'at least one indicator needs a weight'),
  tiers: z
    .array(z.number().gt(0).lt(1))
    .min(2, 'at least two tiers')
    .max(7, 'at most seven tiers')
    .refine((shares) => Math.abs(shares.reduce((a, b) => a + b, 0) - 1) < 1e-6, 'the tiers’ shares must add up to 1')
    .default([0.01, 0.04, 0.15, 0.8]),
});
export type PyramidInput = z.infer<typeof pyramidBody>;

export const pyramidSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    weights: z.record(z.string(), z.number()),
    tiers: z.array(z.number()),
    createdAt: z.date(),
    updatedAt: z.date(),
  })
  .meta({ id: 'ValuePyramid' });

const requireManager = (actor: Actor) => {
  if (!mayAssignOwners(actor)) throw forbidden('Only managers and administrators define value pyramids');
};

export const listPyramids = (db: Db) => db.select().from(valuePyramids).orderBy(asc(valuePyramids.name));

export async function createPyramid(options: { db: Db; actor: Actor; input: PyramidInput }) {
  requireManager(options.actor);
  return options.db.transaction(async (tx) => {
    const [pyramid] = await tx.insert(valuePyramids).values(options.input).returning();
    await recordAudit(tx, {
      actor: options.actor,
      action: 'create',
      entity: 'value_pyramid',
      entityId: pyramid.id,
      after: pyramid,
    });
    return pyramid;
  });
}

export async function updatePyramid(options: { db: Db; actor: Actor; id: string; input: Partial<PyramidInput> }) {
  requireManager(options.actor);
  return options.db.transaction(async (tx) => {
    const [before] = await tx.select().from(valuePyramids).where(eq(valuePyramids.id, options.id));
    if (!before) throw notFound('Value pyramid');
    const [after] = await tx
      .update(valuePyramids)
      .set({ ...options.input, updatedAt: new Date() })
      .where(eq(valuePyramids.id, options.id))
      .returning();
    await recordAudit(tx, {
      actor: options.actor,
      action: 'update',
      entity: 'value_pyramid',
      entityId: after.id,
      before,
      after,
    });
    return after;
  });
}

export async function deletePyramid(options: { db: Db; actor: Actor; id: string }) {
  requireManager(options.actor);
  await options.db.transaction(async (tx) => {
    const [before] = await tx.delete(valuePyramids).where(eq(valuePyramids.id, options.id)).returning();
    if (!before) throw notFound('Value pyramid');
    await recordAudit(tx, {
      actor: options.actor,
      action: 'delete',
      entity: 'value_pyramid',
      entityId: before.id,
      before,
    });
  });
}
