import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';

export const minPasswordLength = 10;

export function newPasswordRules(t: TFunction): FormRule[] {
  return [
    { required: true, message: t('validation.required') },
    { min: minPasswordLength, message: t('validation.passwordLength') },
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
