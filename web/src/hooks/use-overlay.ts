import { useCallback, useState } from 'react';

/**
 * State of a drawer or modal that holds a form. `key` changes on every `show`, so the form
 * inside mounts afresh (clean values) while closing still animates.
 */
export function useOverlay<T = undefined>() {
  const [state, setState] = useState<{ open: boolean; key: number; payload: T | undefined }>({
    open: false,
    key: 0,
    payload: undefined,
  });
  const show = useCallback((payload?: T) => setState((s) => ({ open: true, key: s.key + 1, payload })), []);
  const hide = useCallback(() => setState((s) => ({ ...s, open: false })), []);
  return { ...state, show, hide };
}
