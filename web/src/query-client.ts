import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { authKeys } from './api/auth.api.ts';
import { ApiError } from './api-client.ts';

/** A 401 anywhere means the session has ended: forget the user, and the router goes to /login. */
function onUnauthorized(error: unknown) {
  if (error instanceof ApiError && error.status === 401) queryClient.setQueryData(authKeys.me, null);
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: onUnauthorized }),
  mutationCache: new MutationCache({
    onError: (error, _variables, _context, mutation) => {
      // A failed login is not a lost session.
      if (mutation.options.meta?.keepSession) return;
      onUnauthorized(error);
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      refetchOnWindowFocus: false,
      // Client errors (4xx) will not improve by asking again.
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
  },
});
