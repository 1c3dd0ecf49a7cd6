import type { TFunction } from 'i18next';
import { authApi } from '../../api/auth.api.ts';
import { type ApiError, isApiError } from '../../api-client.ts';
import { solveChallenge } from './proof-of-work.ts';

type Credentials = Parameters<typeof authApi.login>[0];

/**
 * Logs in. When the server first wants a proof-of-work (429 challenge_required: many failed logins for the
 * account or from this address lately), fetches a challenge, solves it and sends the login again with it;
 * `onChecking` tells the page while the browser works on it.
 */
export async function loginSolvingChallenge(credentials: Credentials, onChecking: (checking: boolean) => void) {
  try {
    return await authApi.login(credentials);
  } catch (error) {
    if (!(isApiError(error, 429) && error.code === 'challenge_required')) throw error;
  }
  onChecking(true);
  try {
    const { challenge, difficulty } = await authApi.challenge();
    const nonce = await solveChallenge(challenge, difficulty);
    return await authApi.login({ ...credentials, challenge, nonce });
  } finally {
    onChecking(false);
  }
}

/** A refused login in the page's language: the throttle's wait in seconds, else the server's message. */
export function loginRefusalText(t: TFunction, error: ApiError): string {
  if (error.code === 'too_many_attempts' && error.retryAfterSeconds !== undefined)
    return t('signIn.tryAgainIn', { count: error.retryAfterSeconds });
  return error.message;
}
