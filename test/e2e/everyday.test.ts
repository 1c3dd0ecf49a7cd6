import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, openJourney, screenshots } from './support/journey.ts';
import { fillSetupForm } from './support/setup-form.ts';

const admin = { name: '赵总', email: 'boss@example.com', password: 'a long enough secret' };

/**
 * An administrator's everyday work in the Chinese interface: an order entered by hand (and one
 * cancelled), a colleague's name, email and password corrected, and the audit log searched for
 * who changed what, read in Chinese, with links to the records.
 */
describe('everyday journey', () => {
  let journey: Journey;
  let page: Page;
  let customerId = '';
  let goneId = '';
  let linaId = '';

  const post = async (path: string, data: object) => {
    const answer = await page.request.post(path, { data, headers: { origin: journey.server.baseUrl } });
    expect(answer.status(), await answer.text()).toBeLessThan(300);
    return answer.json();
  };

  /** Opens an antd select by its input and picks the option showing `text`, after typing `search`. */
  const choose = async (input: string, search: string, text: string) => {
    await page.locator(input).click();
    await page.locator(input).pressSequentially(search);
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: text })
      .first()
      .click();
  };

  beforeAll(async () => {
    journey = await openJourney();
    page = journey.page;
  });

  afterAll(() => journey?.close());

  it('enters an order by hand on the Orders page, with a catalogue product and a described line', async () => {
    await fillSetupForm(page, admin);
    await page.getByTestId('setup-submit').click();
    await page.waitForURL('**/customers');
    await post('/api/v1/products', { sku: 'TEA-1', name: '龙井茶', listPrice: '120.00' });
    customerId = (await post('/api/v1/customers', { kind: 'person', name: '陈静' })).id;
    goneId = (await post('/api/v1/customers', { kind: 'person', name: '临时客户' })).id;
    const removed = await page.request.delete(`/api/v1/customers/${goneId}`, {
      headers: { origin: journey.server.baseUrl },
    });
    expect(removed.status()).toBe(204);

    await page.goto('/orders');
    await page.getByTestId('order-new').first().click();
    const form = page.getByTestId('order-form');
    await form.waitFor();
    await choose('#customerId', '陈', '陈静');
    await choose('#lines_0_productId', '龙井', '龙井茶');
    // The product's list price fills the unit price.
    await expect.poll(() => page.locator('#lines_0_unitPrice').inputValue()).toBe('120.00');
    await page.locator('#lines_0_quantity').fill('2');
    await page.getByTestId('order-line-add').click();
    await page.locator('#lines_1_unitPrice').fill('9.99');
    await page.getByTestId('order-save').click();
    await form.getByText('请选择产品或填写所售内容').waitFor();
    await page.locator('#lines_1_description').fill('礼盒包装');
    await page.locator('#lines_1_quantity').fill('1.5');
    await expect.poll(() => page.getByTestId('order-form-total').textContent()).toContain('254.99');
    await page.screenshot({ path: `${screenshots}/everyday-order-form.png` });
    await page.getByTestId('order-save').click();
    await page.getByText('订单已保存').waitFor();

    const orders = await (await page.request.get(`/api/v1/orders?customerId=${customerId}`)).json();
    expect(orders.items).toHaveLength(1);
    expect(orders.items[0]).toMatchObject({ total: '254.99', currency: 'CNY', status: 'paid', lineCount: 2 });
  });

  it("enters and cancels an order from the customer's page, whose purchases and timeline follow", async () => {
    await page.goto(`/customers/${customerId}`);
    const summary = page.getByTestId('customer-summary');
    await summary.getByText('254.99').first().waitFor();
    await page
      .getByTestId('customer-timeline')
      .getByText(/订单 GX-/)
      .first()
      .waitFor();

    await page.getByTestId('order-new').click();
    await page.locator('#lines_0_description').fill('茶点');
    await page.locator('#lines_0_unitPrice').fill('10');
    await page.getByTestId('order-save').click();
    await page.getByText('订单已保存').waitFor();
    await summary.getByText('264.99').first().waitFor();

    // The new order opens in its drawer; cancelled, it leaves the purchases.
    await page.getByTestId('order-table').locator('tr').filter({ hasText: '¥10.00' }).getByTestId('order-link').click();
    await page.getByTestId('order-lines').getByText('茶点').waitFor();
    await page.getByTestId('order-cancel').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '取消订单' }).click();
    await page.getByText('订单已取消').waitFor();
    await page.keyboard.press('Escape');
    await summary.getByText('254.99').first().waitFor();
    expect(journey.pageErrors).toEqual([]);
  });

  it("corrects a colleague's name and email (an email in use is said on its field) and resets the password", async () => {
    await post('/api/v1/users', {
      email: 'wang.qiang@example.com',
      name: '王强',
      role: 'service',
      password: 'some long secret 1',
    });
    linaId = (
      await post('/api/v1/users', {
        email: 'li.na@example.com',
        name: '李楠',
        role: 'relationship_manager',
        password: 'some long secret 2',
      })
    ).id;
    await page.goto('/users');
    await page.getByRole('button', { name: '编辑 李楠' }).click();
    const edit = page.getByTestId('user-edit-form');
    await edit.getByLabel('姓名').fill('李娜');
    await edit.getByLabel('邮箱').fill('wang.qiang@example.com');
    await page.locator('#user-edit-save').click();
    await edit.getByText('已被使用').waitFor();
    await edit.getByLabel('邮箱').fill('lina@example.com');
    await page.locator('#user-edit-save').click();
    await page.getByText('用户已保存').waitFor();
    await page.getByTestId('user-table').getByText('lina@example.com').waitFor();

    await page.getByRole('button', { name: '重置密码 李娜' }).click();
    await page.locator('#password-reset-submit').click();
    const temporary = (await page.getByTestId('temporary-password').textContent())?.trim() ?? '';
    expect(temporary).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    await page.screenshot({ path: `${screenshots}/everyday-password-reset.png` });
    await page.locator('#password-reset-submit').click();
    await page.getByTestId('user-table').getByText('须修改密码').waitFor();

    // 李娜 signs in with it and must choose her own password before anything else.
    const context = await journey.browser.newContext({ baseURL: journey.server.baseUrl, locale: 'zh-CN' });
    try {
      const lina = await context.newPage();
      await lina.goto('/login');
      await lina.getByLabel('邮箱', { exact: true }).fill('lina@example.com');
      await lina.getByLabel('密码', { exact: true }).fill(temporary);
      await lina.getByTestId('login-submit').click();
      await lina.getByText('管理员重置了你的密码').waitFor();
      await lina.getByLabel('当前密码').fill(temporary);
      await lina.getByLabel('新密码', { exact: true }).fill('my very own secret');
      await lina.getByLabel('确认新密码').fill('my very own secret');
      await lina.getByRole('button', { name: '修改密码' }).click();
      await lina.getByTestId('session-user-name').getByText('李娜').waitFor();
    } finally {
      await context.close();
    }
  });

  it('finds who changed what in the audit log, in Chinese, with links to the records', async () => {
    await page.goto('/audit');
    const table = page.getByTestId('audit-table');
    await page.getByTestId('audit-filter-type').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: /^订单$/ })
      .click();
    await page.waitForURL(/entity=order/);
    await expect.poll(() => table.getByTestId('audit-record-type').allTextContents()).toEqual(['订单', '订单', '订单']);

    // The oldest entry: the order entered first; its fields and values read in Chinese and local time.
    await table.locator('.ant-table-row-expand-icon').last().click();
    const fields = await table.getByTestId('audit-field').allTextContents();
    expect(fields).toEqual(expect.arrayContaining(['订单号', '下单时间', '状态', '订单明细', '金额']));
    for (const field of fields) expect(field, 'a field name in English').not.toMatch(/[A-Za-z]/);
    await table.getByText('已付款').first().waitFor();
    await table.getByText(/龙井茶 × 2，单价 ¥120\.00/).waitFor();
    expect(await table.textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    await page.screenshot({ path: `${screenshots}/everyday-audit.png`, fullPage: true });

    // The link opens the order itself.
    await table.getByTestId('audit-record-link').last().click();
    await page.waitForURL(/\/orders\?order=/);
    await page.getByTestId('order-detail').getByText('礼盒包装').waitFor();
    await page.keyboard.press('Escape');

    // A deleted customer is named, not linked.
    await page.goto(`/audit?entity=customer&entityId=${goneId}`);
    await table.getByText('(已删除)').first().waitFor();
    expect(await table.getByTestId('audit-record-link').count()).toBe(0);

    // By who: the command line made nobody here; the administrator made the user 李娜.
    await page.goto(`/audit?entity=user&entityId=${linaId}`);
    await table.getByTestId('audit-record-link').first().waitFor();
    await page.getByTestId('audit-filter-who').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: '命令行' }).click();
    await page.waitForURL(/systemActor=command/);
    await table.getByText('没有记录').waitFor();
    for (const type of await page.getByTestId('audit-record-type').allTextContents())
      expect(type, 'a record type in English').not.toMatch(/[A-Za-z]/);
    expect(journey.pageErrors).toEqual([]);
  });
});
