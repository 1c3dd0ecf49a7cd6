import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoOverflow, type Journey, openJourney, screenshots } from './support/journey.ts';
import { fillSetupForm } from './support/setup-form.ts';

const admin = { name: '钱总', email: 'dup-admin@example.com', password: 'a long enough secret' };
const colleague = { email: 'zhao.lei@example.com', name: '赵磊', password: 'zhao lei long secret' };

/**
 * The duplicate check (查重) in the new-customer form, in Chinese: a relationship manager types a
 * company that a colleague already has, written another way; the form says whose it is, never the
 * customer itself, and saving stays possible. On a phone the warning fits the screen.
 */
describe('duplicate warning journey', () => {
  let journey: Journey;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    journey = await openJourney();
    await fillSetupForm(journey.page, admin);
    await journey.page.getByTestId('setup-submit').click();
    await journey.page.waitForURL('**/customers');
    const post = async (path: string, data: object) => {
      const answer = await journey.page.request.post(path, { data, headers: { origin: journey.server.baseUrl } });
      expect(answer.status(), await answer.text()).toBe(201);
      return answer.json();
    };
    const wangFang = await post('/api/v1/users', {
      email: 'wang.fang@example.com',
      name: '王芳',
      role: 'relationship_manager',
      password: 'wang fang long secret',
    });
    await post('/api/v1/users', { ...colleague, role: 'relationship_manager' });
    await post('/api/v1/customers', {
      kind: 'organization',
      name: '上海华信办公科技有限公司',
      phone: '021-12345678',
      ownerId: wangFang.id,
    });

    context = await journey.browser.newContext({
      baseURL: journey.server.baseUrl,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      viewport: { width: 390, height: 844 },
    });
    const login = await context.request.post('/api/v1/auth/login', {
      data: { email: colleague.email, password: colleague.password },
    });
    expect(login.status(), await login.text()).toBe(200);
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await journey?.close();
  });

  it("warns, while the name is typed, that a colleague's customer exists, naming only its owner", async () => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto('/customers');
    await page.getByTestId('customer-new').click();
    const form = page.getByTestId('customer-form');
    await form.getByLabel('名称', { exact: true }).pressSequentially('华信办公科技（上海）', { delay: 30 });

    const warning = page.getByTestId('duplicate-warning');
    await warning.getByText('可能重复：').waitFor();
    await warning.getByText('已有客户属于 王芳（关系经理）').waitFor();
    await warning.getByText('重复', { exact: true }).waitFor();
    const text = (await warning.textContent()) ?? '';
    expect(text).not.toContain('上海华信');
    expect(text).not.toContain('12345678');
    expect(await warning.getByRole('link').count()).toBe(0);
    await expectNoOverflow(page, 'the warning on a phone');
    await page.screenshot({ path: `${screenshots}/duplicate-warning-phone.png`, fullPage: true });

    // A warning, not a block: the customer is saved.
    await page.getByTestId('customer-save').click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await page.getByTestId('customer-name').getByText('华信办公科技（上海）').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('links to a customer the reader may see and says nothing while the name is one character', async () => {
    await page.goto('/customers');
    await page.getByTestId('customer-new').click();
    const name = page.getByTestId('customer-form').getByLabel('名称', { exact: true });
    await name.fill('华');
    await page.waitForTimeout(800);
    expect(await page.getByTestId('duplicate-warning').count()).toBe(0);
    await name.fill('华信办公科技');
    const warning = page.getByTestId('duplicate-warning');
    // Their own customer, saved above, comes as a link; 王芳's still only by its owner.
    await warning.getByRole('link', { name: '华信办公科技（上海）' }).waitFor();
    await warning.getByText('已有客户属于 王芳（关系经理）').waitFor();
    await warning.getByText('关系经理 赵磊').waitFor();
  });
});
