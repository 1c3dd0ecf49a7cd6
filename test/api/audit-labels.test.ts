import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../web/src/i18n/en.ts';
import { zhCN } from '../../web/src/i18n/zh-cn.ts';
import { auditRecordTypes, enumKey, fieldKey, recordTypeKey } from '../../web/src/pages/audit/audit-labels.ts';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

/**
 * Every record type, field and enumeration value the server writes into the audit log has a label in
 * both languages of the web app: the audit log reads in the user's language, not in the server's words.
 * The writes below touch every kind of record an administrator's team changes in a day.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
let admin: ApiClient & { user: { id: string } };
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.userClient('admin');
}, 180_000);
afterAll(() => server.close());

/** The text at a dotted key of a language's resources, if there is one. */
const textAt = (resources: object, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources);

interface Entry {
  entity: string;
  changes: Record<string, { before: unknown; after: unknown }>;
}

describe('the audit log in the web app', () => {
  it('labels every record type, field and enumeration value the server records, in English and Chinese', async () => {
    const ok = async (answer: Promise<{ status: number; body: any }>) => {
      const { status, body } = await answer;
      if (status >= 300) throw new Error(`${status} ${JSON.stringify(body)}`);
      return body;
    };
    const rm = await server.userClient('relationship_manager');
    const org = await ok(
      admin.post('/api/v1/customers', {
        kind: 'organization',
        name: '公司',
        industry: 'x',
        region: 'y',
        tags: ['a'],
        source: 'referral',
        level: 'basic',
        notes: 'n',
        phone: '123456',
        email: 'a@b.cn',
        address: 'z',
        externalId: 'E1',
        walletEstimate: '100',
        potentialScore: 5,
      }),
    );
    const person = await ok(admin.post('/api/v1/customers', { kind: 'person', name: '人', referredById: org.id }));
    await ok(
      admin.patch(`/api/v1/customers/${org.id}`, {
        region: 'q',
        ownerId: rm.user.id,
        sharedWithIds: [admin.user.id],
        archived: true,
        internal: true,
      }),
    );
    const contact = await ok(
      admin.post(`/api/v1/customers/${org.id}/contacts`, {
        name: '联系人',
        title: 't',
        phone: '123456',
        email: 'c@d.cn',
        buyingRole: 'influencer',
        attitude: 'neutral',
        trust: 3,
        notes: 'n',
      }),
    );
    await ok(admin.patch(`/api/v1/contacts/${contact.id}`, { trust: 4 }));
    const product = await ok(
      admin.post('/api/v1/products', { sku: 'S', name: 'P', category: 'c', listPrice: '1', unitCost: '0.5' }),
    );
    await ok(admin.patch(`/api/v1/products/${product.id}`, { active: false }));
    const order = await ok(
      admin.post('/api/v1/orders', {
        customerId: person.id,
        orderedAt: '2025-01-01T00:00:00Z',
        channel: 'c',
        amountCollected: '1',
        lines: [{ productId: product.id, quantity: 1, unitPrice: 1 }],
      }),
    );
    await ok(
      admin.patch(`/api/v1/orders/${order.id}`, {
        status: 'cancelled',
        externalId: 'X9',
        currency: 'USD',
        orderedAt: '2025-01-02T00:00:00Z',
        lines: [{ description: 'd', quantity: 2, unitPrice: 1, unitCost: '0.1' }],
      }),
    );
    const task = await ok(
      admin.post('/api/v1/tasks', { title: 't', customerId: person.id, dueAt: '2025-01-01T00:00:00Z', notes: 'n' }),
    );
    await ok(
      admin.patch(`/api/v1/tasks/${task.id}`, {
        priority: 'high',
        assigneeId: rm.user.id,
        dueAt: '2025-02-01T00:00:00Z',
        title: 'u',
        status: 'cancelled',
      }),
    );
    const task2 = await ok(
      admin.post('/api/v1/tasks', { title: 't2', customerId: person.id, dueAt: '2025-01-01T00:00:00Z' }),
    );
    await ok(admin.post(`/api/v1/tasks/${task2.id}/complete`, { interaction: { medium: 'phone', note: 'done' } }));
    const interaction = await ok(
      admin.post('/api/v1/interactions', {
        customerId: org.id,
        contactIds: [contact.id],
        medium: 'visit',
        durationMinutes: 5,
        cost: '1',
        outcome: 'reached',
        note: 'n',
        nextStep: 's',
      }),
    );
    await ok(
      admin.patch(`/api/v1/interactions/${interaction.id}`, {
        medium: 'email',
        direction: 'inbound',
        content: 'information',
        method: 'indirect',
        occurredAt: '2025-01-01T00:00:00Z',
      }),
    );
    await ok(admin.delete(`/api/v1/interactions/${interaction.id}`));
    await ok(admin.delete(`/api/v1/contacts/${contact.id}`));
    const rule = await ok(
      admin.post('/api/v1/contact-rules', {
        name: 'r',
        trigger: 'no_purchase',
        days: 30,
        titleTemplate: 'x {customer}',
      }),
    );
    await ok(
      admin.patch(`/api/v1/contact-rules/${rule.id}`, {
        enabled: false,
        days: 40,
        conditions: { tags: ['a'] },
        taskPriority: 'high',
        notify: false,
        createTask: false,
        delayDays: 1,
        horizonDays: 9,
        dueDays: 2,
        name: 'r2',
        titleTemplate: 'y',
      }),
    );
    await ok(admin.delete(`/api/v1/contact-rules/${rule.id}`));
    const user = await ok(
      admin.post('/api/v1/users', { email: 'u@example.com', name: 'U', role: 'service', password: 'a long secret 12' }),
    );
    await ok(
      admin.patch(`/api/v1/users/${user.id}`, { role: 'manager', disabled: true, name: 'V', email: 'v@example.com' }),
    );
    await ok(admin.post(`/api/v1/users/${user.id}/password-reset`, {}));
    const token = await ok(admin.post('/api/v1/tokens', { name: 'tok' }));
    await ok(admin.delete(`/api/v1/tokens/${token.id}`));
    await ok(admin.post('/api/v1/calendar-feed'));
    await admin.delete('/api/v1/calendar-feed');
    await ok(admin.request('PUT', '/api/v1/settings/privacy', { contactRetentionYears: 3 }));
    const pyramid = await ok(
      admin.post('/api/v1/analytics/pyramids', { name: 'p', weights: { revenue: 1 }, tiers: [0.2, 0.8] }),
    );
    await ok(admin.patch(`/api/v1/analytics/pyramids/${pyramid.id}`, { name: 'q' }));
    await ok(admin.delete(`/api/v1/analytics/pyramids/${pyramid.id}`));
    await ok(
      admin.post('/api/v1/orders', {
        customerId: person.id,
        orderedAt: '2025-01-01T00:00:00Z',
        lines: [{ description: 'x', quantity: 1, unitPrice: 1 }],
      }),
    );
    const run = await ok(admin.post('/api/v1/analytics/runs', {}));
    await ok(admin.delete(`/api/v1/analytics/runs/${run.id ?? run.run?.id}`));
    await ok(admin.get(`/api/v1/customers/${person.id}/personal-data`));
    await ok(admin.post(`/api/v1/customers/${person.id}/erase`, { confirmName: '人' }));
    await ok(admin.delete(`/api/v1/customers/${org.id}`)).catch(() => undefined);
    const entries: Entry[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: Entry[]; nextCursor: string | null } = await ok(
        admin.get(`/api/v1/audit?limit=200${cursor ? `&cursor=${cursor}` : ''}`),
      );
      entries.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);

    const missing: string[] = [];
    const check = (what: string, key: string) => {
      for (const [language, resources] of [
        ['en', en],
        ['zh-CN', zhCN],
      ] as const)
        if (typeof textAt(resources, key) !== 'string') missing.push(`${language} ${what} (${key})`);
    };
    for (const entry of entries) {
      expect(auditRecordTypes).toContain(entry.entity);
      check(entry.entity, recordTypeKey(entry.entity));
      for (const [field, change] of Object.entries(entry.changes)) {
        check(`${entry.entity}.${field}`, fieldKey(entry.entity, field));
        for (const value of [change.before, change.after]) {
          const key = typeof value === 'string' ? enumKey(entry.entity, field, value) : undefined;
          if (key) check(`${entry.entity}.${field} = ${value}`, key);
        }
      }
    }
    for (const type of auditRecordTypes) check(type, recordTypeKey(type));
    expect(new Set(entries.map((entry) => entry.entity)).size).toBeGreaterThanOrEqual(13);
    expect([...new Set(missing)]).toEqual([]);
  });
});
