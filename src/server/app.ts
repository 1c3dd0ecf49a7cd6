import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { analyticsRoutes } from '../analytics/index.ts';
import { auditRoutes } from '../audit/index.ts';
import { authRoutes } from '../auth/auth.routes.ts';
import { registerAuthentication } from '../auth/authenticate.ts';
import { registerSameOriginCheck } from '../auth/same-origin.ts';
import { makeSetupCode } from '../auth/setup-code.ts';
import { twoFactorRoutes } from '../auth/two-factor.routes.ts';
import { backupRoutes } from '../backup/index.ts';
import { calendarFeedRoutes, calendarFileRoutes } from '../calendar/index.ts';
import { readConfig } from '../config.ts';
import { contactRulesRoutes } from '../contact-rules/index.ts';
import { contactsRoutes } from '../contacts/index.ts';
import { customersRoutes } from '../customers/index.ts';
import type { Database } from '../db/client.ts';
import { demoRoutes } from '../demo/index.ts';
import { duplicatesRoutes } from '../duplicates/index.ts';
import { exportsRoutes } from '../exports/index.ts';
import { importsRoutes } from '../imports/index.ts';
import { interactionsRoutes } from '../interactions/index.ts';
import { notificationsRoutes } from '../notifications/index.ts';
import { ordersRoutes } from '../orders/index.ts';
import { privacyRoutes } from '../privacy/index.ts';
import { productsRoutes } from '../products/index.ts';
import { tasksRoutes } from '../tasks/index.ts';
import { timelineRoutes } from '../timeline/index.ts';
import { tokensRoutes } from '../tokens/index.ts';
import { usersRoutes } from '../users/index.ts';
import { errorHandler } from './errors.ts';
import { registerOpenApi } from './openapi.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { trustProxyOption } from './trusted-proxies.ts';
import { registerWebApp, type WebAppOptions } from './web.ts';

export interface AppOptions {
  database: Database;
  secureCookies?: boolean;
  logger?: FastifyServerOptions['logger'];
  /** The first-run setup code; a random one (that nobody knows) when not given. */
  setupCode?: string;
  /** Reverse proxies whose forwarding headers are believed; default GUANXI_TRUSTED_PROXIES (none). */
  trustedProxies?: string[];
  /** Default GUANXI_PUBLIC_URL. */
  publicUrl?: string;
  /** The time for login throttling; tests move it instead of waiting. */
  clock?: () => Date;
  /** How the web app's files are served (the first-load benchmark serves a baseline too). */
  webApp?: WebAppOptions;
}

/** Assembles the HTTP server: the API under /api/v1, its OpenAPI document, and the web app. */
export async function buildApp(options: AppOptions) {
  const { db } = options.database;
  const config = readConfig();
  const publicUrl = options.publicUrl ?? config.publicUrl;
  const trustProxy = trustProxyOption(options.trustedProxies ?? config.trustedProxies);
  const app = Fastify({ logger: options.logger ?? false, trustProxy }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  await app.register(fastifyCookie);
  await registerSecurityHeaders(app);
  registerAuthentication(app, db);
  registerSameOriginCheck(app, { publicUrl });
  await registerOpenApi(app);
  await app.register(
    async (api) => {
      await api.register(authRoutes, {
        db,
        secureCookies: options.secureCookies ?? false,
        setupCode: options.setupCode ?? makeSetupCode(),
        clock: options.clock ?? (() => new Date()),
      });
      await api.register(twoFactorRoutes, { db });
      await api.register(usersRoutes, { db });
      await api.register(tokensRoutes, { db });
      await api.register(customersRoutes, { db });
      await api.register(contactsRoutes, { db });
      await api.register(duplicatesRoutes, { db });
      await api.register(productsRoutes, { db });
      await api.register(ordersRoutes, { db });
      await api.register(analyticsRoutes, { db });
      await api.register(auditRoutes, { db });
      await api.register(backupRoutes, { db });
      await api.register(importsRoutes, { db });
      await api.register(exportsRoutes, { db });
      await api.register(demoRoutes, { db });
      await api.register(notificationsRoutes, { db });
      await api.register(calendarFeedRoutes, { db, publicUrl });
      await api.register(interactionsRoutes, { db });
      await api.register(tasksRoutes, { db });
      await api.register(timelineRoutes, { db });
      await api.register(contactRulesRoutes, { db });
      await api.register(privacyRoutes, { db });
    },
    { prefix: '/api/v1' },
  );
  // The calendar feed lives outside /api/v1: calendar apps fetch it with the secret in its URL, not a login.
  await app.register(calendarFileRoutes, { db, publicUrl });
  await registerWebApp(app, options.webApp);
  return app;
}
