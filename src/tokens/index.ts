export { tokensRoutes } from './tokens.routes.ts';
export { createToken, revokeToken } from './tokens.service.ts';
