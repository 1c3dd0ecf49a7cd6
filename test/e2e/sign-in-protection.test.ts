import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginFrom } from '../helpers/requests-from.ts';
import { type Journey, openJourney } from './support/journey.ts';
import { fillSetupForm } from './support/setup-form.ts';

const admin = { name: '周管理', email: 'zhou@example.com', password: 'a long enough secret' };
const wrong = { email: admin.email, password: 'not the password' };

/**
 * The login page under attack, in a real browser: the setup takes the code the server printed; after many
 * failed logins for the account the page solves the server's proof-of-work by itself and the right
 * password still gets in; a waiting pair is told how long to wait, in Chinese.
 */
describe('sign-in protection', () => {
  let journey: Journey;
  let page: Page;

  beforeAll(async () => {
    journey = await openJourney();
    page = journey.page;
  });

  afterAll(() => journey?.close());

  async function submitLogin(password: string) {
    await page.getByLabel('邮箱', { exact: true }).fill(admin.email);
    await page.getByLabel('密码', { exact: true }).fill(password);
    await page.getByTestId('login-submit').click();
  }

  it('sets up with the printed code, and logs in while an attacker hammers the account', async () => {
    await fillSetupForm(page, admin);
    await page.getByTestId('setup-submit').click();
    await page.waitForURL('**/customers');
    await page.getByTestId('logout').click();
    await page.waitForURL('**/login');

    // Ten wrong passwords from two other addresses: the account now wants a solved challenge with every login.
    for (const from of ['127.0.0.2', '127.0.0.3'])
      for (let i = 0; i < 5; i++) expect((await loginFrom(journey.server.baseUrl, from, wrong)).status).toBe(401);
    expect((await loginFrom(journey.server.baseUrl, '127.0.0.4', wrong)).status).toBe(429);

    await submitLogin('not the password');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toMatch(/邮箱或密码|email or password/i);
    await submitLogin(admin.password);
    await page.waitForURL('**/work');
  });

  it('tells a waiting address how many seconds to wait', async () => {
    await page.getByTestId('logout').click();
    await page.waitForURL('**/login');
    // Failed logins from the browser's own address until the pair must wait 8 seconds.
    for (let failures = 0; failures < 8; ) {
      const answer = await loginFrom(journey.server.baseUrl, '127.0.0.1', wrong, { solve: true });
      if (answer.status === 401) failures++;
      else await new Promise((wait) => setTimeout(wait, Number(answer.headers.get('retry-after')) * 1000));
    }
    await submitLogin(admin.password);
    await expect.poll(() => page.getByTestId('login-error').textContent()).toMatch(/请在 \d+ 秒后重试/);
    expect(journey.pageErrors).toEqual([]);
  });
});
