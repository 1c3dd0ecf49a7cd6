import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { zhCN } from './zh-cn.ts';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

/** Any Chinese variant shows zh-CN; everything else English. */
export function toLanguage(detected: string | undefined): Language {
  return detected?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    supportedLngs: [...languages],
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: 'guanxi.language',
      caches: ['localStorage'],
      convertDetectedLanguage: toLanguage,
    },
  });

/** Keeps <html lang> (screen readers, fonts) and the date pickers' month and weekday names in step. */
function syncDocumentLanguage(language: string) {
  document.documentElement.lang = toLanguage(language);
  dayjs.locale(toLanguage(language) === 'zh-CN' ? 'zh-cn' : 'en');
}
syncDocumentLanguage(i18n.language);
i18n.on('languageChanged', syncDocumentLanguage);

export { i18n };
