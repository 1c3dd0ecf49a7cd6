/**
 * The two languages of Guanxi, and a text in both. Every text the server makes for a person to read
 * (error messages, titles made by rules, export headers) is a `Text`, so the compiler refuses one
 * that exists in one language only; it is rendered in the reader's language as late as possible.
 */
export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

/** A text for people, in both languages. */
export interface Text {
  readonly en: string;
  readonly zh: string;
}

export const text = (en: string, zh: string): Text => ({ en, zh });

export const inLanguage = (value: Text, language: Language): string => (language === 'zh-CN' ? value.zh : value.en);

/** Any Chinese variant reads zh-CN; anything else English. */
export function toLanguage(tag: string | null | undefined): Language {
  return tag?.trim().toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/**
 * The language an `Accept-Language` header asks for: the first of ours by the header's q-values
 * (`zh-TW;q=0.9, en;q=0.8` → zh-CN); undefined when it names neither (or is absent).
 */
export function fromAcceptLanguage(header: string | null | undefined): Language | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => /^\s*q=([\d.]+)\s*$/i.exec(param)?.[1]).find(Boolean);
      return { tag: tag.trim().toLowerCase(), q: q === undefined ? 1 : Number(q), order };
    })
    .filter(({ tag, q }) => tag && q > 0 && !Number.isNaN(q))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return undefined;
}

/** "a, b and c" / "a、b 和 c". */
export function listIn(language: Language, items: readonly string[]): string {
  return new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
}
