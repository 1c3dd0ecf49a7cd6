import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../../api-client.ts';

/**
 * A 400 on an order names fields such as `lines.1.quantity`: each goes onto that line's field of the
 * form (`['lines', 1, 'quantity']`); anything else is shown as useApiError shows it.
 */
export function useOrderFormErrors(
  // biome-ignore lint/suspicious/noExplicitAny: forms of any value shape
  form: FormInstance<any>,
  showError: (error: unknown, form?: FormInstance) => void,
) {
  return useCallback(
    (error: unknown) => {
      const lineFields = Object.entries(error instanceof ApiError ? (error.fields ?? {}) : {}).filter(([path]) =>
        /^lines\.\d+\.\w+$/.test(path),
      );
      if (!(error instanceof ApiError) || lineFields.length === 0) return showError(error, form);
      form.setFields(
        lineFields.map(([path, text]) => {
          const [, index, field] = path.split('.');
          return { name: ['lines', Number(index), field], errors: [text] };
        }),
      );
      const rest = Object.fromEntries(
        Object.entries(error.fields ?? {}).filter(([path]) => !/^lines\.\d+\./.test(path)),
      );
      if (Object.keys(rest).length > 0)
        showError(new ApiError({ status: error.status, code: error.code, message: error.message, fields: rest }), form);
    },
    [form, showError],
  );
}
