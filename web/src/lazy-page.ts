import { type ComponentType, lazy } from 'react';

const reloadKey = 'guanxi.chunkReload';

/**
 * A route page in its own chunk, fetched the first time it is opened. When the chunk is gone
 * (a new version was deployed while this tab was open) the app reloads once to get the new one.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    try {
      const page = await load();
      sessionStorage.removeItem(reloadKey);
      return { default: page };
    } catch (error) {
      if (sessionStorage.getItem(reloadKey)) throw error;
      sessionStorage.setItem(reloadKey, '1');
      window.location.reload();
      return new Promise<never>(() => {});
    }
  });
}
