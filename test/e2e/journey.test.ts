import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoOverflow, type Journey, openJourney, screenshots } from './support/journey.ts';
import { fillSetupForm } from './support/setup-form.ts';

const admin = { name: '王管理', email: 'admin@example.com', password: 'a long enough secret' };

/**
 * The first journey through the web app in a real browser: set up, log out and in, record a
 * customer, find it again, switch the language, and use the list at phone width.
 */
describe('browser journey', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    // A browser in Chinese: the app starts in zh-CN.
    journey = await openJourney({ viewport: { width: 1280, height: 800 }, timezoneId: undefined }, 15_000);
    page = journey.page;
  });

  afterAll(() => journey?.close());

  it('sets up the first administrator, logs out and in again', async () => {
    await fillSetupForm(page, admin);
    await page.getByTestId('setup-submit').click();
    await page.waitForURL('**/customers');
    await page.getByText('还没有客户').waitFor();

    await page.getByTestId('logout').click();
    await page.waitForURL('**/login');
    await page.getByLabel('邮箱', { exact: true }).fill(admin.email);
    await page.getByLabel('密码', { exact: true }).fill('not the password');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();

    await page.getByLabel('密码', { exact: true }).fill(admin.password);
    await page.getByTestId('login-submit').click();
    // The day starts with My work: whom to call today.
    await page.waitForURL('**/work');
    await page.getByTestId('session-user-name').getByText(admin.name).waitFor();
    await page.getByRole('menu').getByRole('link', { name: '客户', exact: true }).click();
    await page.waitForURL('**/customers');
  });

  it('creates the customer 张伟 and finds it by searching 张', async () => {
    // Another customer, so that the search visibly narrows the list.
    const other = await page.request.post('/api/v1/customers', {
      data: { kind: 'organization', name: 'Acme 贸易' },
      headers: { origin: journey.server.baseUrl },
    });
    expect(other.status()).toBe(201);

    await page.getByTestId('customer-new').click();
    const form = page.getByTestId('customer-form');
    await form.getByText('个人', { exact: true }).click();
    await form.getByLabel('名称', { exact: true }).fill('张伟');
    await page.getByTestId('customer-save').click();
    await page.waitForURL(/\/customers\/[0-9a-f-]{36}$/);
    await page.getByTestId('customer-name').getByText('张伟').waitFor();
    // No orders yet: it may still be deleted.
    await page.getByTestId('customer-delete').waitFor();
    await page.screenshot({ path: `${screenshots}/journey-detail.png`, fullPage: true });

    await page.getByRole('link', { name: '返回客户列表' }).click();
    await page.waitForURL('**/customers');
    await page.getByRole('link', { name: 'Acme 贸易' }).waitFor();

    await page.getByTestId('customer-search').fill('张');
    await page.waitForURL(/q=%E5%BC%A0/);
    await page.getByRole('link', { name: 'Acme 贸易' }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: '张伟' }).waitFor();
    expect(await page.getByTestId('customer-link').count()).toBe(1);
  });

  it('switches the language between 中文 and English', async () => {
    const nav = page.getByRole('menu');
    await nav.getByRole('link', { name: '客户', exact: true }).waitFor();
    await page.getByTestId('language-switch').getByText('English').click();
    await nav.getByRole('link', { name: 'Customers', exact: true }).waitFor();
    expect(await nav.getByRole('link', { name: '客户', exact: true }).count()).toBe(0);
    await page.getByRole('heading', { name: 'Customers' }).waitFor();
    await page.screenshot({ path: `${screenshots}/journey.png`, fullPage: true });

    await page.getByTestId('language-switch').getByText('中文').click();
    await nav.getByRole('link', { name: '客户', exact: true }).waitFor();
  });

  it('keeps the customer list usable at phone width (375 px)', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.getByTestId('customer-search').fill('');
    await page.getByRole('link', { name: 'Acme 贸易' }).waitFor();
    await page.getByRole('link', { name: '张伟' }).waitFor();
    await page.getByTestId('customer-new').waitFor();

    // One column: no sideways scrolling, the navigation behind a menu button.
    await expectNoOverflow(page);
    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    await page.screenshot({ path: `${screenshots}/journey-phone.png`, fullPage: true });

    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('dialog').getByRole('link', { name: '用户', exact: true }).click();
    await page.waitForURL('**/users');
    await page.getByRole('heading', { name: '用户' }).waitFor();
    await page.screenshot({ path: `${screenshots}/journey-phone-users.png` });

    // The audit log says who did what at phone width too.
    await page.goto('/audit');
    await page.getByTestId('audit-actor').getByText(admin.name).first().waitFor();
  });

  it("asks before changing a user's role, and keeps it when cancelled", async () => {
    const created = await page.request.post('/api/v1/users', {
      data: { email: 'rm@example.com', name: '李关系', role: 'relationship_manager', password: 'another long secret' },
      headers: { origin: journey.server.baseUrl },
    });
    expect(created.status(), await created.text()).toBe(201);
    const roleOf = async () =>
      ((await (await page.request.get('/api/v1/users')).json()).items as { email: string; role: string }[]).find(
        (user) => user.email === 'rm@example.com',
      )?.role;
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/users');
    const chooseManager = async () => {
      await page.getByLabel('角色 李关系').click();
      await page.locator('.ant-select-item-option').filter({ hasText: '总经理' }).click();
      return page.getByRole('dialog').filter({ hasText: '将 李关系 的角色改为「总经理」？' });
    };
    await (await chooseManager()).getByRole('button', { name: '取 消' }).click();
    expect(await roleOf()).toBe('relationship_manager');
    await (await chooseManager()).getByRole('button', { name: '更改角色' }).click();
    await expect.poll(roleOf).toBe('manager');
  });

  it('says a referrer the reader may not see is hidden, instead of loading it forever', async () => {
    const headers = { origin: journey.server.baseUrl };
    const post = async (path: string, data: object) => {
      const answer = await page.request.post(path, { data, headers });
      expect(answer.status(), await answer.text()).toBe(201);
      return answer.json();
    };
    const rm = await post('/api/v1/users', {
      email: 'rm2@example.com',
      name: '赵经理',
      role: 'relationship_manager',
      password: 'yet another long secret',
    });
    const referrer = await post('/api/v1/customers', { kind: 'organization', name: '推荐方公司' });
    const referred = await post('/api/v1/customers', {
      kind: 'person',
      name: '被推荐人',
      ownerId: rm.id,
      referredById: referrer.id,
      source: 'referral',
    });
    const context = await journey.browser.newContext({ baseURL: journey.server.baseUrl, locale: 'zh-CN' });
    try {
      const login = await context.request.post('/api/v1/auth/login', {
        data: { email: 'rm2@example.com', password: 'yet another long secret' },
      });
      expect(login.status(), await login.text()).toBe(200);
      const rmPage = await context.newPage();
      await rmPage.goto(`/customers/${referred.id}`);
      await rmPage.getByText('你无权查看的客户').waitFor();
    } finally {
      await context.close();
    }
  });
});
