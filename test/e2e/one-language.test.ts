import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Journey, openJourney, screenshots } from './support/journey.ts';
import {
  chinese,
  keptInChinese,
  latinWords,
  recordToasts,
  settled,
  untranslatedWords,
  visibleTexts,
} from './support/page-language.ts';

const admin = { name: '赵总', email: 'boss@example.com', password: 'a long enough secret' };

interface Listed<T> {
  items: T[];
  nextCursor?: string | null;
}

/**
 * One language at a time: an administrator who reads Guanxi in Chinese (the account's choice, in a
 * browser set to English) walks every page of a demo company, opens its forms, the notifications
 * and a customer's page, and meets no untranslated English word, not even in the server's error
 * messages; switched to English, the menu, page titles and buttons carry no Chinese.
 */
describe('one language at a time', () => {
  let journey: Journey;
  let page: Page;
  /** Latin words the data itself holds (names, SKUs, tags, e-mail domains): the reader's own. */
  const allowed = new Set(keptInChinese);
  /** The data's names and titles (Chinese in either language), to leave out of the English reading. */
  const dataTexts: string[] = ['回访林小姐', '林小姐'];
  /** What each page showed that a Chinese reader would take for untranslated English. */
  const untranslated: Record<string, string[]> = {};
  const acceptLanguages = new Set<string>();
  let customerId = '';
  const dailyAnalysis = process.env.GUANXI_DAILY_ANALYSIS;

  const api = async <T>(method: 'get' | 'post' | 'patch', path: string, data?: object): Promise<T> => {
    const answer = await page.request[method](`/api/v1${path}`, {
      data,
      headers: { origin: journey.server.baseUrl },
    });
    expect(answer.status(), `${method} ${path}: ${await answer.text()}`).toBeLessThan(300);
    return answer.json() as Promise<T>;
  };

  /** Every item of a keyset-paged list. */
  const everyItem = async <T>(path: string): Promise<T[]> => {
    const items: T[] = [];
    let cursor: string | null | undefined;
    do {
      const separator = path.includes('?') ? '&' : '?';
      const list = await api<Listed<T>>(
        'get',
        `${path}${separator}limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      items.push(...list.items);
      cursor = list.nextCursor;
    } while (cursor);
    return items;
  };

  const allowWordsOf = (...texts: (string | null | undefined)[]) => {
    for (const text of texts) {
      if (!text) continue;
      dataTexts.push(text);
      for (const word of latinWords(text)) allowed.add(word);
    }
  };

  /** Reads the page now and keeps what a Chinese reader would not understand, under `what`. */
  const read = async (what: string) => {
    const words = untranslatedWords(await visibleTexts(page), allowed);
    if (words.length > 0) untranslated[what] = [...(untranslated[what] ?? []), ...words];
  };

  const visit = async (what: string, path: string) => {
    await page.goto(path);
    await settled(page);
    await read(what);
  };

  /** Opens a drawer or modal with the button of `testId`, reads it, and closes it. */
  const readOverlay = async (what: string, testId: string) => {
    await page.getByTestId(testId).first().click();
    await page.locator('.ant-drawer-open, .ant-modal-wrap:visible').first().waitFor();
    await settled(page);
    await read(what);
    await page.keyboard.press('Escape');
    await page.locator('.ant-drawer-open, .ant-modal-wrap:visible').first().waitFor({ state: 'detached' });
  };

  beforeAll(async () => {
    process.env.GUANXI_DAILY_ANALYSIS = 'off';
    // A browser set to English: only the account's choice makes the pages Chinese.
    journey = await openJourney({ locale: 'en-US' });
    page = journey.page;
    await page.context().addInitScript(recordToasts);
    // The app's own API requests (index.html's preloads of /auth/setup and /auth/me carry no message).
    page.on('request', (request) => {
      const headers = request.headers();
      if (new URL(request.url()).pathname.startsWith('/api/v1/') && headers.accept === 'application/json')
        acceptLanguages.add(headers['accept-language'] ?? '(none)');
    });
  });

  afterAll(async () => {
    await journey?.close();
    if (dailyAnalysis === undefined) delete process.env.GUANXI_DAILY_ANALYSIS;
    else process.env.GUANXI_DAILY_ANALYSIS = dailyAnalysis;
  });

  it('sets up an administrator who reads Chinese, loads the demo company and makes work for her', async () => {
    await api('post', '/auth/setup', { ...admin, setupCode: journey.server.setupCode });
    const me = await api<{ user: { id: string; language: string | null } }>('patch', '/auth/me', {
      language: 'zh-CN',
    });
    expect(me.user.language).toBe('zh-CN');
    await api('post', '/demo', { customers: 150 });

    // A customer of her own who bought two hours ago: the rules give her a task and a notification.
    const mine = await api<{ id: string }>('post', '/customers', {
      kind: 'person',
      name: '林小姐',
      ownerId: me.user.id,
    });
    await api('post', '/orders', {
      customerId: mine.id,
      orderedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      lines: [{ description: '礼盒', quantity: 1, unitPrice: '880.00' }],
    });
    await api('post', '/tasks', {
      title: '回访林小姐',
      customerId: mine.id,
      dueAt: new Date(Date.now() - 86_400_000).toISOString(),
    });
    await api('post', '/contact-rules/run', {});

    // The words of the data are the reader's own: names, SKUs, tags, addresses, e-mail domains.
    for (const customer of await everyItem<Record<string, string | null> & { tags: string[] }>(
      '/customers?archived=all',
    ))
      allowWordsOf(
        customer.name,
        customer.externalId,
        customer.industry,
        customer.region,
        customer.address,
        ...customer.tags,
      );
    for (const product of await everyItem<Record<string, string | null>>('/products'))
      allowWordsOf(product.sku, product.name, product.category, product.currency);
    for (const order of await everyItem<Record<string, string | null>>(`/orders?customerId=${mine.id}`))
      allowWordsOf(order.externalId, order.currency);
    for (const user of (await api<Listed<{ name: string }>>('get', '/users')).items) allowWordsOf(user.name);

    // An organisation with contacts and purchases, for the customer's page.
    const organisations = await api<Listed<{ id: string }>>(
      'get',
      '/customers?kind=organization&sort=-revenue&limit=1',
    );
    customerId = organisations.items[0]?.id ?? '';
    expect(customerId).not.toBe('');
    for (const contact of (await api<Listed<Record<string, string | null>>>('get', `/customers/${customerId}/contacts`))
      .items)
      allowWordsOf(contact.name, contact.title, contact.notes);
  });

  it('opens in Chinese, the account’s language, though the browser asks for English', async () => {
    await page.goto('/work');
    await page.getByRole('heading', { name: '我的工作' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await settled(page);
    // Every request of the app says which language it reads, so the server answers in it.
    expect([...acceptLanguages]).toEqual(['zh-CN']);
  });

  it('shows no untranslated English on any page, form or notification', async () => {
    await visit('my work', '/work');
    await readOverlay('new task form', 'task-new');

    await visit('customers', '/customers');
    await readOverlay('new customer form', 'customer-new');
    await visit('customer page', `/customers/${customerId}`);
    await readOverlay('quick log', 'quick-log');
    await readOverlay('customer form', 'customer-edit');
    await readOverlay('contact form', 'contact-new');

    await visit('orders', '/orders');
    await readOverlay('new order form', 'order-new');
    await page.getByTestId('order-link').first().click();
    await page.locator('.ant-drawer-open').waitFor();
    await settled(page);
    await read('order drawer');

    await visit('products', '/products');
    await readOverlay('new product form', 'product-new');

    for (const tab of ['rfm', 'value', 'loyalty', 'cohorts', 'migration'])
      await visit(`insights: ${tab}`, `/insights?tab=${tab}`);

    await visit('contact rules', '/contact-rules');
    await readOverlay('new rule form', 'rule-new');
    await page.getByTestId('rule-edit').first().click();
    const ruleForm = page.getByTestId('rule-form');
    await ruleForm.waitFor();
    // A built-in rule keeps its shipped name: the form says it follows the settings and the reader's language.
    await ruleForm.getByTestId('rule-name-built-in').getByText('随规则的设置和每位读者的语言而变').waitFor();
    await ruleForm.getByTestId('rule-title-built-in').waitFor();
    await read('built-in rule form');
    await page.keyboard.press('Escape');

    await visit('neglect report', '/neglect');
    await visit('audit log', '/audit');
    await visit('import and export', '/import');
    await visit('users', '/users');
    await readOverlay('new user form', 'user-new');
    await visit('account', '/account');
    await visit('privacy settings', '/settings/privacy');
    await visit('backup', '/settings/backup');

    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification-item').first().waitFor();
    await settled(page);
    await read('notifications');
    await page.screenshot({ path: `${screenshots}/one-language-notifications.png`, animations: 'disabled' });

    expect(untranslated).toEqual({});
    expect(journey.pageErrors).toEqual([]);
  });

  it('shows the server’s refusals in Chinese: a wrong password at sign-in and on the account page, a product in use, a SKU taken', async () => {
    /** What the server answered that a Chinese reader would not understand, by case. */
    const refusals: Record<string, string[]> = {};
    const keepAnswer = (what: string, answer: { error: { message: string; fields?: Record<string, string> } }) => {
      const messages = [answer.error.message, ...Object.values(answer.error.fields ?? {})];
      const problems = [
        ...untranslatedWords(messages, allowed),
        ...messages.filter((message) => !chinese.test(message)).map((message) => `not Chinese: ${message}`),
      ];
      if (problems.length > 0) refusals[what] = problems;
    };
    const answerOf = (path: string, method: string) =>
      page.waitForResponse((r) => new URL(r.url()).pathname === `/api/v1${path}` && r.request().method() === method);

    // Signed out, the account's language is not known: the page's own, sent with each request, decides.
    await page.goto('/work');
    await page.getByTestId('logout').click();
    await page.waitForURL('**/login');
    await settled(page);
    await read('login page');
    await page.getByLabel('邮箱').fill(admin.email);
    await page.getByLabel('密码').fill('not my password at all');
    const wrongLogin = answerOf('/auth/login', 'POST');
    await page.getByTestId('login-submit').click();
    keepAnswer('wrong password at sign-in', await (await wrongLogin).json());
    await page.getByTestId('login-error').waitFor();
    await read('wrong password at sign-in');
    await page.getByLabel('密码').fill(admin.password);
    await page.getByTestId('login-submit').click();
    await page.waitForURL('**/work');

    await page.goto('/account');
    const form = page.getByTestId('password-form');
    await form.getByLabel('当前密码').fill('not my password at all');
    await form.getByLabel('新密码', { exact: true }).fill('another long enough secret');
    await form.getByLabel('确认新密码').fill('another long enough secret');
    const wrongPassword = answerOf('/auth/password', 'POST');
    await form.getByRole('button', { name: '修改密码' }).click();
    keepAnswer('wrong current password', await (await wrongPassword).json());
    await form.locator('.ant-form-item-explain-error').first().waitFor();
    await read('wrong current password');

    // A product that orders include cannot be deleted: the server's reason is shown as it says it.
    let product: { id: string; name: string } | undefined;
    for (const order of (await api<Listed<{ id: string }>>('get', '/orders?limit=20')).items) {
      const sold = await api<{ lines: { product: { id: string; name: string } | null }[] }>(
        'get',
        `/orders/${order.id}`,
      );
      product ??= sold.lines.find((line) => line.product)?.product ?? undefined;
    }
    expect(product).toBeDefined();
    await page.goto(`/products?q=${encodeURIComponent(product?.name ?? '')}`);
    await page.getByRole('button', { name: `删除 ${product?.name}` }).click();
    const inUse = answerOf(`/products/${product?.id}`, 'DELETE');
    // antd spaces out a two-character Chinese label on a button: 删 除.
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /^删\s?除$/ })
      .click();
    keepAnswer('product in use', await (await inUse).json());
    await page.getByTestId('product-in-use').waitFor();
    await read('product in use');
    await page.screenshot({ path: `${screenshots}/one-language-server-error.png`, animations: 'disabled' });
    await page.keyboard.press('Escape');

    const [taken] = await everyItem<{ sku: string }>('/products');
    await page.getByTestId('product-new').click();
    const productForm = page.getByTestId('product-form');
    await productForm.locator('#sku').fill(taken?.sku ?? '');
    await productForm.locator('#name').fill('重复编号的产品');
    await productForm.locator('#listPrice').fill('10');
    const skuTaken = answerOf('/products', 'POST');
    await page.getByTestId('product-save').click();
    keepAnswer('SKU taken', await (await skuTaken).json());
    await productForm.locator('.ant-form-item-explain-error').first().waitFor();
    await read('SKU taken');

    expect(refusals).toEqual({});
    expect(untranslated).toEqual({});
  });

  it('in English, shows no Chinese in the menu, page titles and buttons, and keeps English with the account', async () => {
    await page.goto('/contact-rules');
    const rules = page.getByTestId('rule-table');
    await rules.getByText('购买致谢').waitFor();
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/me') && r.request().method() === 'PATCH');
    await page.getByTestId('language-switch').getByText('English').click();
    expect((await (await saved).json()).user.language).toBe('en');
    await page.getByRole('heading', { name: 'Contact rules' }).waitFor();
    // What the server wrote in Chinese comes again in English, without reloading the page.
    await rules.getByText('Thank-you after a purchase').waitFor();

    const chineseChrome: Record<string, string[]> = {};
    const longestFirst = [...dataTexts].sort((a, b) => b.length - a.length);
    const withoutData = (text: string) => longestFirst.reduce((rest, data) => rest.split(data).join(' '), text);
    const links = await page
      .getByRole('menu')
      .getByRole('link')
      .evaluateAll((all) => all.map((link) => link.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(8);
    for (const path of links) {
      await page.goto(path);
      await settled(page);
      const chrome = await page.evaluate(() => {
        const shown = (element: Element) => element.checkVisibility();
        const texts = (selector: string) =>
          [...document.querySelectorAll<HTMLElement>(selector)]
            .filter(shown)
            .filter((element) => !element.closest('[lang]:not([lang^="en"]):not(html)'))
            .flatMap((element) => [element.innerText, element.getAttribute('aria-label') ?? '']);
        return [
          ...texts('[role="menu"] a'),
          ...texts('main h1, main h2, main h3, .ant-layout-content h1, .ant-layout-content h2, .ant-layout-content h3'),
          ...texts('button, [role="tab"]'),
        ];
      });
      const inChinese = chrome.filter((text) => chinese.test(withoutData(text)));
      if (inChinese.length > 0) chineseChrome[path] = [...new Set(inChinese)];
    }
    expect(chineseChrome).toEqual({});

    // The account keeps English: a new visit opens in it.
    await page.goto('/customers');
    await page.getByRole('heading', { name: 'Customers' }).waitFor();
    expect(journey.pageErrors).toEqual([]);
  });
});
