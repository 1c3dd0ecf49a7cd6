import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

/** How one URL parameter reads: its allowed values (any text when left out) and its default. */
export interface UrlParamSpec {
  values?: readonly string[];
  default?: string;
}

type FilterOf<S extends Record<string, UrlParamSpec>> = { [K in keyof S]?: string };

/**
 * A list's filter kept in the URL (so Back and shared links keep it). Parameters equal to their
 * default, empty or not allowed are left out of the URL.
 */
export function useUrlFilter<S extends Record<string, UrlParamSpec>>(specs: S) {
  const [params, setParams] = useSearchParams();

  const filter = useMemo(() => {
    const result: Record<string, string> = {};
    for (const [key, spec] of Object.entries(specs)) {
      const value = params.get(key);
      if (value && (!spec.values || spec.values.includes(value))) result[key] = value;
      else if (spec.default !== undefined) result[key] = spec.default;
    }
    return result as FilterOf<S>;
  }, [params, specs]);

  const update = useCallback(
    (patch: FilterOf<S>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(patch)) {
            if (value === undefined || value === null || value === '' || value === specs[key]?.default)
              next.delete(key);
            else next.set(key, String(value));
          }
          return next;
        },
        { replace: true },
      ),
    [setParams, specs],
  );

  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);

  /** Filters that differ from their defaults (search included; `ignore` names those that do not narrow, like sort). */
  const countActive = (ignore: readonly (keyof S)[] = []) =>
    Object.entries(specs).filter(
      ([key, spec]) => !ignore.includes(key) && filter[key] !== undefined && filter[key] !== spec.default,
    ).length;

  return { filter, update, clear, countActive };
}
