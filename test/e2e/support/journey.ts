import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from './chromium.ts';
import { type GuanxiServer, projectRoot, startGuanxiServer } from './guanxi-server.ts';

/** Where the journeys leave their screenshots. */
export const screenshots = join(projectRoot, 'test-results');

export interface Journey {
  server: GuanxiServer;
  browser: Browser;
  page: Page;
  /** Uncaught errors of the page's scripts, in order. */
  pageErrors: string[];
  /** What the Content-Security-Policy blocked; `close` fails the journey if anything was. */
  cspViolations: string[];
  close: () => Promise<void>;
}

/**
 * The real server over a fresh database and Debian's Chromium, with one page: in Chinese, in the
 * business time zone, 1280 × 900 unless `options` say otherwise.
 */
export async function openJourney(options: BrowserContextOptions = {}, timeout = 20_000): Promise<Journey> {
  await mkdir(screenshots, { recursive: true });
  const server = await startGuanxiServer();
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (error) {
    await server.stop();
    throw error;
  }
  const context = await browser.newContext({
    baseURL: server.baseUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 900 },
    ...options,
  });
  // Every blocked script, style, image or request is reported, by the event and by Chromium's console.
  await context.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
    ),
  );
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  const pageErrors: string[] = [];
  const cspViolations: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (/CSP violation|Content Security Policy/.test(message.text())) cspViolations.push(message.text());
  });
  const close = async () => {
    await browser.close();
    await server.stop();
    expect(cspViolations, 'blocked by the Content-Security-Policy').toEqual([]);
  };
  return { server, browser, page, pageErrors, cspViolations, close };
}

/** No sideways scrolling, once antd's breakpoints have followed the viewport (a moment after a resize). */
export async function expectNoOverflow(page: Page, what?: string) {
  await page
    .waitForFunction(() => document.documentElement.scrollWidth <= window.innerWidth, null, { timeout: 10_000 })
    .catch(() => undefined);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  // What sticks out, to say where to look: the innermost elements past the right edge.
  const culprits = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
      .filter(
        (element) =>
          ![...element.children].some((child) => child.getBoundingClientRect().right > window.innerWidth + 0.5),
      )
      .slice(0, 5)
      .map(
        (element) =>
          `${element.tagName.toLowerCase()}.${String(element.className).slice(0, 60)} "${element.textContent?.slice(0, 40)}"`,
      ),
  );
  expect(overflow, `${what ?? 'page'}: ${culprits.join(' | ')}`).toBeLessThanOrEqual(0);
}
