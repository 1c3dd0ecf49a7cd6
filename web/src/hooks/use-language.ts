import { useTranslation } from 'react-i18next';
import { type Language, toLanguage } from '../i18n/index.ts';

/** The interface language (zh-CN or en) and a way to change it. */
export function useLanguage(): { language: Language; setLanguage: (language: Language) => void } {
  const { i18n } = useTranslation();
  return {
    language: toLanguage(i18n.resolvedLanguage ?? i18n.language),
    setLanguage: (language) => void i18n.changeLanguage(language),
  };
}
