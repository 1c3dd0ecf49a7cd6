import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { languages } from '../shared/language.ts';
import {
  countUsers,
  email,
  findUser,
  password,
  passwordNotPersonal,
  personName,
  setUserLanguage,
  userSchema,
} from '../users/index.ts';
import { changePassword, login, setupFirstAdmin } from './auth.service.ts';
import { SESSION_COOKIE } from './authenticate.ts';
import { issueChallenge } from './login-challenge.ts';
import { endSession } from './sessions.repo.ts';
import { assertSetupCode } from './setup-code.ts';

const userEnvelope = z.object({ user: userSchema });

export interface AuthRoutesOptions {
  db: Db;
  secureCookies: boolean;
  /** The one-time code that the first-run setup requires (printed in the server's console). */
  setupCode: string;
  /** The time for login throttling and challenges. */
  clock: () => Date;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (
  app,
  { db, secureCookies, setupCode, clock },
) => {
  const setSessionCookie = (reply: FastifyReply, session: { secret: string; expiresAt: Date }) =>
    reply.setCookie(SESSION_COOKIE, session.secret, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: secureCookies,
      expires: session.expiresAt,
    });

  app.get(
    '/auth/setup',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Whether the one-time setup is still needed (no user exists yet)',
        response: { 200: z.object({ needed: z.boolean() }) },
      },
    },
    async () => ({ needed: (await countUsers(db)) === 0 }),
  );

  app.post(
    '/auth/setup',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Create the first administrator (only while no user exists) and log in',
        body: z
          .strictObject({
            email,
            name: personName,
            password,
            setupCode: z.string().min(1, 'is required').max(100).describe("printed in the server's console and log"),
          })
          .superRefine(passwordNotPersonal),
        response: { 201: userEnvelope },
      },
    },
    async (request, reply) => {
      const { setupCode: given, ...input } = request.body;
      await assertSetupCode({ db, expected: setupCode, given, address: request.ip, now: clock() });
      const { user, session } = await setupFirstAdmin({ db, input });
      setSessionCookie(reply, session);
      return reply.status(201).send({ user });
    },
  );

  app.post(
    '/auth/login',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary:
          'Log in with email and password; sets the session cookie. After many failures (429 challenge_required) send a solved challenge too',
        body: z.strictObject({
          email: z.string().min(1, 'is required'),
          password: z.string().min(1, 'is required'),
          totpCode: z
            .string()
            .max(20)
            .optional()
            .describe('the 6-digit code of the authenticator app, after 401 totp_required'),
          challenge: z.string().max(100).optional().describe('from POST /auth/challenge'),
          nonce: z
            .string()
            .max(100)
            .optional()
            .describe('SHA-256(challenge + nonce) starts with `difficulty` zero bits'),
        }),
        response: { 200: userEnvelope },
      },
    },
    async (request, reply) => {
      const { challenge, nonce, ...credentials } = request.body;
      const proof = challenge !== undefined || nonce !== undefined ? { challenge, nonce } : undefined;
      const { user, session } = await login({ db, ...credentials, proof, address: request.ip, now: clock() });
      setSessionCookie(reply, session);
      return { user };
    },
  );

  app.post(
    '/auth/challenge',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary:
          'A single-use proof-of-work challenge for a login: find a nonce such that SHA-256(challenge + nonce) starts with `difficulty` zero bits',
        response: {
          201: z.object({ challenge: z.string(), difficulty: z.number().int(), expiresAt: z.date() }),
        },
      },
    },
    async (_request, reply) => reply.status(201).send(await issueChallenge(db, clock())),
  );

  app.post(
    '/auth/logout',
    { config: { public: true }, schema: { tags: ['auth'], summary: 'End the current session' } },
    async (request, reply) => {
      const secret = request.cookies[SESSION_COOKIE];
      if (secret) await endSession(db, secret);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  app.get(
    '/auth/me',
    { schema: { tags: ['auth'], summary: 'The logged-in user', response: { 200: userEnvelope } } },
    async (request) => ({ user: (await findUser(db, request.actor.id))! }),
  );

  app.patch(
    '/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: "Set the caller's language: server messages, emails and exports follow it over Accept-Language",
        body: z.strictObject({ language: z.enum(languages).nullable() }),
        response: { 200: userEnvelope },
      },
    },
    async (request) => {
      await setUserLanguage(db, request.actor.id, request.body.language);
      return { user: (await findUser(db, request.actor.id))! };
    },
  );

  app.post(
    '/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: "Change the caller's password; other sessions end, and on request the API tokens and calendar feed",
        body: z.strictObject({
          currentPassword: z.string().min(1, 'is required'),
          newPassword: password,
          revokeTokens: z.boolean().default(false).meta({ description: "Also revoke all the caller's API tokens" }),
          revokeCalendarFeed: z
            .boolean()
            .default(false)
            .meta({ description: "Also revoke the caller's calendar feed (its URL stops working)" }),
        }),
      },
    },
    async (request, reply) => {
      await changePassword({
        db,
        actor: request.actor,
        currentSecret: request.cookies[SESSION_COOKIE],
        ...request.body,
      });
      return reply.status(204).send();
    },
  );
};
