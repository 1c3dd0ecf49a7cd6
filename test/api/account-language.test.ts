import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPurchaseHistory } from '../helpers/purchases.ts';
import { type ApiClient, startTestServer } from '../helpers/test-server.ts';

/**
 * One language at a time: a user's chosen language (else the browser's Accept-Language) decides the
 * language of what the server writes for them, and the titles built-in rules give their tasks are
 * rendered for each reader rather than frozen in the language of the day they were made.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
type Client = ApiClient & { user: { id: string } };
let manager: Client;
let owner: Client;

const cjk = /[\u3400-\u9fff]/;
const T0 = '2026-06-10T09:00:00+08:00';

beforeAll(async () => {
  server = await startTestServer();
  manager = await server.userClient('manager');
  owner = await server.userClient('relationship_manager', 'Li Na');
  await insertPurchaseHistory(server.db, [
    { name: 'Zhou Jie', ownerId: owner.user.id, purchases: [['2026-06-09', '500.00']] },
  ]);
});
afterAll(() => server.close());

describe("a user's language", () => {
  it('is unset at first, and messages follow Accept-Language', async () => {
    expect((await owner.get('/api/v1/auth/me')).body.user.language).toBeNull();
    owner.acceptLanguage = 'zh-CN,zh;q=0.9';
    const missing = await owner.get('/api/v1/customers/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(cjk);
    owner.acceptLanguage = 'en-GB';
    expect((await owner.get('/api/v1/customers/00000000-0000-4000-8000-000000000000')).body.error.message).toBe(
      'Customer not found',
    );
  });

  it('once chosen, wins over Accept-Language, and can be given back to the browser', async () => {
    const chosen = await owner.patch('/api/v1/auth/me', { language: 'zh-CN' });
    expect(chosen.status).toBe(200);
    expect(chosen.body.user.language).toBe('zh-CN');
    owner.acceptLanguage = 'en';
    const missing = await owner.get('/api/v1/customers/00000000-0000-4000-8000-000000000000');
    expect(missing.body.error.code).toBe('not_found');
    expect(missing.body.error.message).toMatch(cjk);
    expect(missing.body.error.message).not.toMatch(/[A-Za-z]{3}/);
    expect((await owner.patch('/api/v1/auth/me', { language: null })).body.user.language).toBeNull();
    expect((await owner.get('/api/v1/customers/00000000-0000-4000-8000-000000000000')).body.error.message).toBe(
      'Customer not found',
    );
  });

  it('is one of the two, named in the caller’s language when it is not', async () => {
    owner.acceptLanguage = 'zh-CN';
    const wrong = await owner.patch('/api/v1/auth/me', { language: 'fr' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.language).toMatch(cjk);
    expect(wrong.body.error.fields.language).toContain('zh-CN');
    expect((await server.client().patch('/api/v1/auth/me', { language: 'en' })).status).toBe(401);
  });
});

describe('titles made by built-in rules', () => {
  it('are rendered in each reader’s language, with the same facts', async () => {
    await owner.patch('/api/v1/auth/me', { language: 'zh-CN' });
    expect((await manager.post('/api/v1/contact-rules/run', { asOf: T0 })).status).toBe(200);
    owner.acceptLanguage = undefined;
    const [chinese] = (await owner.get('/api/v1/tasks?limit=10')).body.items;
    expect(chinese.title).toMatch(cjk);
    expect(chinese.title).toContain('Zhou Jie');
    expect(chinese.title).toContain('FX-1-Zhou Jie');
    expect(chinese.title).not.toMatch(/Thank|order/);
    manager.acceptLanguage = 'en';
    const english = (await manager.get(`/api/v1/tasks/${chinese.id}`)).body;
    expect(english.title).toBe('Thank Zhou Jie for order FX-1-Zhou Jie');
    // On the customer's timeline, each reader sees it in their language, with the rule's name.
    const timelineTask = async (client: Client) =>
      (await client.get(`/api/v1/customers/${chinese.customer.id}/timeline?kinds=task`)).body.items[0].data;
    expect(await timelineTask(owner)).toMatchObject({
      title: chinese.title,
      rule: { name: expect.stringMatching(cjk) },
    });
    expect(await timelineTask(manager)).toMatchObject({
      title: english.title,
      rule: { name: 'Thank-you after a purchase' },
    });
    expect(await timelineTask(manager)).not.toHaveProperty('titleKey');
    // The owner's notification, too, and the rule's own name in the list.
    const [notification] = (await owner.get('/api/v1/notifications?limit=10')).body.items;
    expect(notification.title).toBe(chinese.title);
    const names = (await manager.get('/api/v1/contact-rules')).body.items.map((rule: { name: string }) => rule.name);
    expect(names.every((name: string) => !cjk.test(name))).toBe(true);
    owner.acceptLanguage = 'zh-CN';
    const chineseNames = (await owner.get('/api/v1/contact-rules')).body.items;
    expect(chineseNames.every((rule: { name: string }) => cjk.test(rule.name))).toBe(true);
  });

  it('follow a built-in rule’s settings in its name, until someone names it', async () => {
    manager.acceptLanguage = 'en';
    const rules = (await manager.get('/api/v1/contact-rules')).body.items as {
      id: string;
      systemKey: string;
      name: string;
      delayDays: number;
    }[];
    const check = rules.find((rule) => rule.systemKey === 'satisfaction_check')!;
    expect(check.name).toContain(String(check.delayDays));
    // Saving the form as shown (the English name) keeps the built-in name: it follows the delay.
    const changed = await manager.patch(`/api/v1/contact-rules/${check.id}`, { name: check.name, delayDays: 14 });
    expect(changed.status).toBe(200);
    expect(changed.body.name).toContain('14');
    owner.acceptLanguage = 'zh-CN';
    const seen = (await owner.get('/api/v1/contact-rules')).body.items.find(
      (rule: { id: string }) => rule.id === check.id,
    );
    expect(seen.name).toContain('14');
    expect(seen.name).toMatch(cjk);
    // A name of one's own is kept as typed, in every language.
    const named = await manager.patch(`/api/v1/contact-rules/${check.id}`, { name: '两周回访' });
    expect(named.body.name).toBe('两周回访');
    expect((await manager.patch(`/api/v1/contact-rules/${check.id}`, { delayDays: 21 })).body.name).toBe('两周回访');
  });
});
