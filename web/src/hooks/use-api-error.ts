import { App, type FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api-client.ts';

/**
 * Shows an API error: a 400's `fields` go onto the form's fields of the same name
 * (`tags.0` → `tags`); whatever no field can show goes to a message.
 */
export function useApiError() {
  const { message } = App.useApp();
  const { t } = useTranslation();

  /** The server's field messages in the interface language, where we know them; else as sent. */
  const localize = useCallback(
    (field: string, text: string): string => {
      if (text === 'already in use') return t('validation.alreadyInUse');
      if (text === 'is required') return t('validation.required');
      if (text === 'must be an email address') return t('validation.email');
      if (text === 'must be a phone number') return t('validation.phone');
      if (field === 'trust' && text.startsWith('must be')) return t('validation.trustRange');
      if (field === 'currentPassword' && text === 'is wrong') return t('validation.currentPasswordWrong');
      if (text.startsWith('is too common')) return t('security.passwordCommon');
      if (text === 'must not be your email or name') return t('security.passwordPersonal');
      if (text.startsWith('must not contain control characters')) return t('security.passwordControl');
      if (text === 'must not be only spaces') return t('security.passwordBlank');
      return text;
    },
    [t],
  );

  return useCallback(
    // biome-ignore lint/suspicious/noExplicitAny: forms of any value shape
    (error: unknown, form?: FormInstance<any>) => {
      if (!(error instanceof ApiError)) {
        message.error(error instanceof Error ? error.message : t('errors.generic'));
        return;
      }
      if (error.status === 0 || error.status === 403) {
        message.error(t(error.status === 0 ? 'errors.network' : 'errors.forbidden'));
        return;
      }
      const leftOver: string[] = [];
      if (form && error.fields) {
        const byField = new Map<string, string[]>();
        for (const [path, text] of Object.entries(error.fields)) {
          const field = path.split('.')[0] ?? path;
          if (field && isFieldOf(form, field))
            byField.set(field, [...(byField.get(field) ?? []), localize(field, text)]);
          else leftOver.push(path ? `${path}: ${text}` : text);
        }
        form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
        if (byField.size > 0 && leftOver.length === 0) return;
      }
      message.error([error.message, ...leftOver].filter(Boolean).join(' — ') || t('errors.generic'));
    },
    [message, t, localize],
  );
}

/** A field the form has registered (getFieldsValue() names every mounted field, set or not). */
// biome-ignore lint/suspicious/noExplicitAny: forms of any value shape
function isFieldOf(form: FormInstance<any>, name: string): boolean {
  return Object.hasOwn(form.getFieldsValue() ?? {}, name);
}

/** A 400 about `interaction.note` names the form's `note`: strip the prefix so the form's field shows it. */
export function withoutFieldPrefix(error: unknown, prefix: string): unknown {
  if (!(error instanceof ApiError) || !error.fields) return error;
  const fields = Object.fromEntries(
    Object.entries(error.fields).map(([path, reason]) => [
      path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path,
      reason,
    ]),
  );
  return new ApiError({ status: error.status, code: error.code, message: error.message, fields });
}
