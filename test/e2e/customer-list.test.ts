import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoOverflow, type Journey, openJourney, screenshots } from './support/journey.ts';
import { fillSetupForm } from './support/setup-form.ts';

const admin = { name: '钱经理', email: 'list@example.com', password: 'a long enough secret' };
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/**
 * The customer list on the first day: how many customers there are, finding one by its code or by
 * a contact's name, sorting by revenue from the column header, and why a customer is on a watch-list;
 * in Chinese and in English.
 */
describe('customer list journey', () => {
  let journey: Journey;
  let page: Page;
  const post = async (path: string, data: unknown) => {
    const response = await page.request.post(path, { data, headers: { origin: journey.server.baseUrl } });
    expect(response.status(), await response.text()).toBe(201);
    return response.json();
  };
  const order = (customerId: string, day: number, price: string) =>
    post('/api/v1/orders', { customerId, orderedAt: daysAgo(day), lines: [{ quantity: '1', unitPrice: price }] });
  const rowNames = () => page.getByTestId('customer-link').allTextContents();

  beforeAll(async () => {
    journey = await openJourney();
    page = journey.page;
  });

  afterAll(() => journey?.close());

  it('shows how many customers there are', async () => {
    await fillSetupForm(page, admin);
    await page.getByTestId('setup-submit').click();
    await page.waitForURL('**/customers');
    const huarui = await post('/api/v1/customers', { kind: 'organization', name: '华瑞科技', externalId: 'KH-000123' });
    await post(`/api/v1/customers/${huarui.id}/contacts`, { name: '王伟', phone: '139 1111 2222' });
    const dingsheng = await post('/api/v1/customers', { kind: 'organization', name: '鼎盛贸易' });
    await order(dingsheng.id, 120, '1000.00');
    await order(dingsheng.id, 10, '100.00');
    const boyuan = await post('/api/v1/customers', { kind: 'organization', name: '博远物流' });
    await order(boyuan.id, 3, '500.00');
    await post('/api/v1/customers', { kind: 'person', name: '李娜' });

    await page.reload();
    await page.getByTestId('customer-total').getByText('共 4 位客户').waitFor();
  });

  it("finds a customer by its code and by a contact's name, naming the contact", async () => {
    await page.getByTestId('customer-search').fill('KH-000123');
    await page.waitForURL(/q=KH-000123/);
    await page.getByTestId('customer-total').getByText('共 1 位客户').waitFor();
    expect(await rowNames()).toEqual(['华瑞科技']);

    await page.getByTestId('customer-search').fill('王伟');
    await page.getByTestId('customer-matched-contact').getByText('经联系人 王伟').waitFor();
    expect(await rowNames()).toEqual(['华瑞科技']);
    await page.screenshot({ path: `${screenshots}/customer-list-contact-match.png`, fullPage: true });
    await page.getByTestId('customer-search').fill('');
    await page.getByTestId('customer-total').getByText('共 4 位客户').waitFor();
  });

  it('sorts by revenue from the column header, highest first, customers without purchases last', async () => {
    await page.getByRole('columnheader', { name: '营收' }).click();
    await page.waitForURL(/sort=-revenue/);
    await expect.poll(rowNames).toEqual(['鼎盛贸易', '博远物流', expect.any(String), expect.any(String)]);
    await page.getByRole('columnheader', { name: '营收' }).click();
    await page.waitForURL(/sort=revenue/);
    await expect.poll(async () => (await rowNames()).slice(0, 2)).toEqual(['博远物流', '鼎盛贸易']);
  });

  it('says why a customer is on a watch-list, in both languages', async () => {
    await page.getByTestId('watch-spend_drop').click();
    await page.waitForURL(/watch=spend_drop/);
    await page.getByTestId('customer-watch-reason').getByText('-90%：近 90 天 ¥100.00，此前 90 天 ¥1,000.00').waitFor();
    expect(await rowNames()).toEqual(['鼎盛贸易']);

    await page.getByTestId('language-switch').getByText('English').click();
    await page
      .getByTestId('customer-watch-reason')
      .getByText('-90%: CN¥100.00 in the last 90 days, CN¥1,000.00 in the 90 before')
      .waitFor();
    await page.getByTestId('customer-total').getByText('1 customer', { exact: false }).waitFor();
    await page.screenshot({ path: `${screenshots}/customer-list-watch-reason-en.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 800 });
    await expectNoOverflow(page, 'the customer list at phone width');
  });
});
