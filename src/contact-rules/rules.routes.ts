import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { idParams } from '../shared/schema-parts.ts';
import { createRuleBody, ruleSchema, runNowSchema, runRulesBody, updateRuleBody } from './rules.schema.ts';
import { createRule, deleteRule, getRule, listRules, runRulesNow, updateRule } from './rules.service.ts';

export const contactRulesRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/contact-rules',
    {
      schema: {
        tags: ['contact rules'],
        summary: 'The contact rules (客户接触规则) that make tasks by themselves',
        response: { 200: z.object({ items: z.array(ruleSchema) }) },
      },
    },
    async (request) => ({ items: await listRules(db, request.language) }),
  );

  app.post(
    '/contact-rules',
    {
      schema: {
        tags: ['contact rules'],
        summary: 'Add a contact rule (managers)',
        body: createRuleBody,
        response: { 201: ruleSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createRule({ db, actor: request.actor, input: request.body, language: request.language })),
  );

  app.get(
    '/contact-rules/:id',
    {
      schema: { tags: ['contact rules'], summary: 'One contact rule', params: idParams, response: { 200: ruleSchema } },
    },
    async (request) => getRule(db, request.params.id, request.language),
  );

  app.patch(
    '/contact-rules/:id',
    {
      schema: {
        tags: ['contact rules'],
        summary: 'Change, enable or disable a contact rule (managers); the next pass uses it',
        params: idParams,
        body: updateRuleBody,
        response: { 200: ruleSchema },
      },
    },
    async (request) =>
      updateRule({ db, actor: request.actor, id: request.params.id, input: request.body, language: request.language }),
  );

  app.delete(
    '/contact-rules/:id',
    {
      schema: {
        tags: ['contact rules'],
        summary: 'Delete a contact rule (managers; the shipped ones can only be disabled)',
        params: idParams,
      },
    },
    async (request, reply) => {
      await deleteRule({ db, actor: request.actor, id: request.params.id });
      return reply.status(204).send();
    },
  );

  app.post(
    '/contact-rules/run',
    {
      schema: {
        tags: ['contact rules'],
        summary:
          'Run the enabled rules now, as of now or a given moment (managers), after a pass already running; reports what both made and what the rules made since they were last changed',
        body: runRulesBody,
        response: { 200: runNowSchema },
      },
    },
    async (request) => runRulesNow({ db, actor: request.actor, asOf: request.body?.asOf, language: request.language }),
  );
};
