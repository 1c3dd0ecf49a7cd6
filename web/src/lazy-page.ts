import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

const reloadKey = 'guanxi.chunkReload';

export type LazyPage = LazyExoticComponent<ComponentType> & {
  /** Starts fetching the page's chunk now (say, while the session is checked), without rendering it. */
  preload: () => void;
};

/**
 * A route page in its own chunk, fetched the first time it is opened (or preloaded). When the chunk is
 * gone (a new version was deployed while this tab was open) the app reloads once to get the new one.
 */
export function lazyPage(load: () => Promise<ComponentType>): LazyPage {
  let loading: Promise<ComponentType> | undefined;
  const start = () => {
    loading ??= load();
    return loading;
  };
  const page = lazy(async () => {
    try {
      const component = await start();
      sessionStorage.removeItem(reloadKey);
      return { default: component };
    } catch (error) {
      if (sessionStorage.getItem(reloadKey)) throw error;
      sessionStorage.setItem(reloadKey, '1');
      window.location.reload();
      return new Promise<never>(() => {});
    }
  });
  // A failed preload is reported when the page is rendered (and reloads as above), not here.
  return Object.assign(page, { preload: () => void start().catch(() => undefined) });
}
