import { useMemo } from 'react';
import { useLanguage } from './use-language.ts';

/** Date formatting in the interface language and the browser's time zone. */
export function useFormat() {
  const { language } = useLanguage();
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    const parse = (iso: string | null | undefined) => {
      if (!iso) return null;
      const value = new Date(iso);
      return Number.isNaN(value.getTime()) ? null : value;
    };
    return {
      dateTime: (iso: string | null | undefined) => {
        const value = parse(iso);
        return value ? dateTime.format(value) : '—';
      },
      date: (iso: string | null | undefined) => {
        const value = parse(iso);
        return value ? date.format(value) : '—';
      },
    };
  }, [language]);
}
