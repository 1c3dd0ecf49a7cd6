export { tokensRoutes } from './tokens.routes.ts';
export { createToken, revokeToken, revokeUserTokens, tokenExpiry } from './tokens.service.ts';
