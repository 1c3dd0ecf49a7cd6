import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, openJourney } from './support/journey.ts';
import { fillSetupForm } from './support/setup-form.ts';

const admin = { name: '孙管理', email: 'sun@example.com', password: 'a long enough secret' };

/** The app's own script files the page fetched (hashed, under /assets/). */
const scripts = (responses: Response[]) => responses.filter((response) => /\/assets\/.+\.js$/.test(response.url()));

/**
 * What a first visit gets from the server, in Debian's Chromium: a page in the reader's language that
 * shows a loading state before any script runs, scripts compressed and cached for good, and ECharts
 * only for the pages that chart. No timings here: `npm run bench:first-load` measures those.
 */
describe('the first load', () => {
  let journey: Journey;
  let page: Page;
  const responses: Response[] = [];

  beforeAll(async () => {
    journey = await openJourney();
    page = journey.page;
    page.on('response', (response) => responses.push(response));
  });

  afterAll(() => journey?.close());

  it('sends a page in Chinese that shows its loading state until the app replaces it', async () => {
    const document = await page.goto('/');
    expect(document?.headers()['cache-control']).toBe('no-cache');
    const html = (await document?.text()) ?? '';
    expect(html).toMatch(/<html lang="zh-CN"/);
    expect(html).toMatch(/<div id="boot" role="status">/);
    expect(html).toContain('正在加载');
    await page.waitForURL('**/setup');
    await expect.poll(() => page.locator('#boot').count()).toBe(0);
    expect(await page.evaluate(() => window.document.documentElement.lang)).toBe('zh-CN');
  });

  it('gets its scripts compressed and cached for a year, varying by encoding', async () => {
    const fetched = scripts(responses);
    expect(fetched.length).toBeGreaterThan(3);
    for (const script of fetched) {
      const headers = await script.allHeaders();
      expect(headers['cache-control'], script.url()).toBe('public, max-age=31536000, immutable');
      expect(headers.vary, script.url()).toMatch(/accept-encoding/i);
    }
    const encodings = await Promise.all(fetched.map(async (script) => (await script.allHeaders())['content-encoding']));
    // Chromium accepts brotli from this loopback address (a secure context); files under 1 kB go as they are.
    expect(encodings.filter((encoding) => encoding === 'br').length).toBeGreaterThan(3);
    expect(encodings.filter((encoding) => encoding && encoding !== 'br')).toEqual([]);
  });

  it('fetches ECharts for Insights and not before', async () => {
    await fillSetupForm(page, admin);
    await page.getByTestId('setup-submit').click();
    await page.waitForURL('**/customers');
    await page.goto('/work');
    await page.getByTestId('work-upcoming').waitFor();
    const charting = () => scripts(responses).filter((response) => /\/assets\/echarts-/.test(response.url()));
    expect(charting()).toEqual([]);
    await page.goto('/insights');
    await expect.poll(() => charting().length).toBe(1);
  });

  it('sends the page in English to a browser that asks for English', async () => {
    const context = await journey.browser.newContext({ baseURL: journey.server.baseUrl, locale: 'en-US' });
    try {
      const english = await context.newPage();
      const document = await english.goto('/login');
      expect((await document?.text()) ?? '').toMatch(/<html lang="en"/);
      await english.waitForURL('**/login');
      await english.getByTestId('login-submit').waitFor();
      expect(await english.evaluate(() => window.document.documentElement.lang)).toBe('en');
    } finally {
      await context.close();
    }
  });
});
