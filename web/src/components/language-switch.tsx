import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/use-language.ts';
import type { Language } from '../i18n/index.ts';

/** 中文 / English. */
export function LanguageSwitch({ size }: { size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <Segmented<Language>
      data-testid="language-switch"
      aria-label={t('language.label')}
      size={size}
      value={language}
      onChange={setLanguage}
      options={[
        { value: 'zh-CN', label: <span lang="zh-CN">{t('language.zhCN')}</span> },
        { value: 'en', label: <span lang="en">{t('language.en')}</span> },
      ]}
    />
  );
}
