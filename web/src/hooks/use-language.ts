import { useQueryClient } from '@tanstack/react-query';
import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { authApi, authKeys } from '../api/auth.api.ts';
import type { User } from '../api/domain.types.ts';
import { type Language, toLanguage } from '../i18n/index.ts';

/** The interface language (zh-CN or en) and a way to change it. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  return {
    language: toLanguage(i18n.resolvedLanguage ?? i18n.language),
    setLanguage: (language) => void i18n.changeLanguage(language),
  };
}

/**
 * The language switch's choice: shown at once and, while someone is signed in, kept with their
 * account (the server then writes its messages, emails and exports in it too).
 */
export function useChooseLanguage(): (language: Language) => void {
  const { setLanguage } = useLanguage();
  const queryClient = useQueryClient();
  return (language) => {
    setLanguage(language);
    const user = queryClient.getQueryData<User | null>(authKeys.me);
    if (!user || user.language === language) return;
    // The session's copy changes first, so the account's language never turns the switch back.
    queryClient.setQueryData<User>(authKeys.me, { ...user, language });
    authApi.setLanguage(language).then(
      (saved) => {
        queryClient.setQueryData(authKeys.me, saved);
        // What the server wrote for the reader (rule names, task titles, notifications) comes again in the new language.
        void queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== authKeys.me[0] });
      },
      () => undefined, // kept in this browser only; the next switch tries again
    );
  };
}

/** The signed-in user's saved language wins over the browser's; with none saved, the browser's stays. */
export function useAccountLanguage(saved: Language | null | undefined) {
  const { i18n } = useTranslation();
  // Before the first paint, and again only when the account's choice changes (a sign-in, the switch).
  useLayoutEffect(() => {
    if (saved && toLanguage(i18n.resolvedLanguage ?? i18n.language) !== saved) void i18n.changeLanguage(saved);
  }, [saved, i18n]);
}
