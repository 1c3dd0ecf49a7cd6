import { Input, type InputProps } from 'antd';
import { useTranslation } from 'react-i18next';

/** The 6-digit code of an authenticator app: a numeric keyboard on phones, and the browser's one-time-code fill. */
export function TotpCodeInput(props: InputProps) {
  const { t } = useTranslation();
  return (
    <Input
      aria-label={t('security.twoFactor.code')}
      placeholder={t('security.twoFactor.code')}
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={6}
      style={{ width: 140 }}
      {...props}
    />
  );
}
