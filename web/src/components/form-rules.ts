import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

export const minPasswordLength = 10;
export const maxPasswordLength = 256;

/**
 * The server's password rules that need no list: 10 to 256 characters, no control characters, not only
 * spaces. The server also refuses common and leaked passwords and the user's own email or name.
 */
export function newPasswordRules(t: TFunction): FormRule[] {
  return [
    { required: true, message: t('validation.required') },
    { min: minPasswordLength, message: t('validation.passwordLength') },
    { max: maxPasswordLength, message: t('security.passwordMax') },
    { pattern: /^[^\p{Cc}]*$/u, message: t('security.passwordControl') },
    { pattern: /\S/, message: t('security.passwordBlank') },
  ];
}

/** The confirmation must equal the field `passwordField`. */
export function confirmPasswordRules(t: TFunction, passwordField: string): FormRule[] {
  return [
    { required: true, message: t('validation.required') },
    ({ getFieldValue }) => ({
      validator: (_rule, value) =>
        !value || getFieldValue(passwordField) === value
          ? Promise.resolve()
          : Promise.reject(new Error(t('validation.passwordMismatch'))),
    }),
  ];
}

export function emailRules(t: TFunction): FormRule[] {
  return [
    { required: true, message: t('validation.required') },
    { type: 'email', message: t('validation.email') },
  ];
}

/** The server's phone pattern: digits and + ( ) - . / # * ext, at least 3. */
const phonePattern = /^[0-9+()\-\s./#*extEXT]{3,}$/;

export function phoneRules(t: TFunction): FormRule[] {
  return [{ pattern: phonePattern, message: t('validation.phone') }];
}
