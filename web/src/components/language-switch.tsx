import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useChooseLanguage, useLanguage } from '../hooks/use-language.ts';
import type { Language } from '../i18n/index.ts';

/** 中文 / English: the choice is kept with the account while someone is signed in. */
export function LanguageSwitch({ size }: { size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const chooseLanguage = useChooseLanguage();
  return (
    <Segmented<Language>
      data-testid="language-switch"
      aria-label={t('language.label')}
      size={size}
      value={language}
      onChange={chooseLanguage}
      options={[
        { value: 'zh-CN', label: <span lang="zh-CN">{t('language.zhCN')}</span> },
        { value: 'en', label: <span lang="en">{t('language.en')}</span> },
      ]}
    />
  );
}
