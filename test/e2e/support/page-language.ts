import type { Page } from 'playwright-core';

/**
 * Reading a page as its reader does, to tell which language it speaks: the visible text, the
 * placeholders, titles and labels of visible elements, and every toast (antd message and
 * notification) shown since the page was last read, even one already gone.
 */

/** Names, formats and abbreviations that Chinese text keeps as they are (words, or phrases of several). */
export const keptInChinese = [
  'Guanxi',
  'CSV',
  'Excel',
  'JSON',
  'UTF-8',
  'GBK',
  'API',
  'URL',
  'TOTP',
  'RFM',
  'ABC',
  'SKU',
  'iCalendar',
  'PostgreSQL',
  'Google Authenticator',
  'Microsoft Authenticator',
  '1Password',
];

/** Chinese characters (CJK unified ideographs). */
export const chinese = /[\u3400-\u9fff]/;

/**
 * Runs of three or more Latin letters, leaving out what is code in any language: e-mail addresses,
 * links, ids (UUIDs and their hexadecimal beginnings), identifiers with an underscore (`order_id`), paths and file names
 * (`docs/backup.md`) and `{placeholders}` (template syntax).
 */
export function latinWords(text: string): string[] {
  const rest = text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, ' ')
    .replace(/\b(?=[0-9a-f]*\d)[0-9a-f]{6,}\b/gi, ' ')
    .replace(/\b\w*_\w*\b/g, ' ')
    .replace(/[\w.-]*\/[\w./-]*\.[a-z]{2,4}\b/g, ' ')
    .replace(/\{\w+\}/g, ' ');
  return rest.match(/[A-Za-z]{3,}/g) ?? [];
}

/** Each word not allowed, once, with the text around its first occurrence. */
export function untranslatedWords(texts: readonly string[], allowed: ReadonlySet<string>): string[] {
  const phrases = [...allowed].filter((kept) => !/^[A-Za-z]+$/.test(kept));
  const found = new Map<string, string>();
  for (const text of texts) {
    const rest = phrases.reduce((left, phrase) => left.split(phrase).join(' '), text);
    for (const word of latinWords(rest)) {
      if (allowed.has(word) || found.has(word)) continue;
      const at = rest.indexOf(word);
      found.set(word, `${word} in “${rest.slice(Math.max(0, at - 30), at + word.length + 30).replace(/\s+/g, ' ')}”`);
    }
  }
  return [...found.values()];
}

/** Collects the toasts antd shows, as they appear; to be added to the browser context before pages open. */
export const recordToasts = () => {
  const seen: string[] = [];
  (window as unknown as { guanxiToasts: string[] }).guanxiToasts = seen;
  new MutationObserver((changes) => {
    for (const change of changes)
      for (const node of change.addedNodes)
        if (node instanceof HTMLElement)
          for (const toast of [node, ...node.querySelectorAll('*')])
            if (/\bant-(message|notification)-notice\b/.test(toast.className.toString()) && toast.textContent)
              seen.push(toast.textContent);
  }).observe(document, { childList: true, subtree: true });
};

/**
 * What the reader sees now: the body's text and the placeholder, title and aria-label of visible
 * elements, without text marked as another language on purpose (`lang`, such as the switch's
 * "English") or as code (`code`, `kbd`), plus the toasts since the last reading. Icons' own names
 * (antd's `aria-label` on `.anticon`) are left out: they are the icon library's, not our text; so is
 * an `aria-label` that `aria-labelledby` overrides.
 */
export async function visibleTexts(page: Page, language: 'zh-CN' | 'en' = 'zh-CN'): Promise<string[]> {
  return page.evaluate((pageLanguage) => {
    const shown = (element: Element) => element.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const otherLanguage = [...document.body.querySelectorAll<HTMLElement>('[lang], code, kbd, pre')]
      .filter((element) => !element.lang.toLowerCase().startsWith(pageLanguage.slice(0, 2)))
      .map((element) => element.innerText)
      .filter(Boolean);
    const withoutOtherLanguage = (text: string) =>
      otherLanguage.reduce((rest, foreign) => rest.split(foreign).join(' '), text);
    const texts = [document.body.innerText];
    for (const element of document.body.querySelectorAll('[placeholder], [title], [aria-label]')) {
      if (!shown(element)) continue;
      // An icon's own name, or a label that aria-labelledby overrides, is not what the reader hears.
      const unheard = element.classList.contains('anticon') || element.hasAttribute('aria-labelledby');
      for (const name of ['placeholder', 'title', 'aria-label']) {
        const value = element.getAttribute(name);
        if (value && !(unheard && name === 'aria-label')) texts.push(value);
      }
    }
    const toasts = (window as unknown as { guanxiToasts?: string[] }).guanxiToasts ?? [];
    texts.push(...toasts.splice(0));
    return texts.map(withoutOtherLanguage);
  }, language);
}

/** Waits until the page has its data: no request running, no spinner and no skeleton. */
export async function settled(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => !document.querySelector('.ant-spin-spinning, .ant-skeleton, [aria-busy="true"]'),
    null,
    { timeout: 60_000 },
  );
  await page.waitForLoadState('networkidle');
}
