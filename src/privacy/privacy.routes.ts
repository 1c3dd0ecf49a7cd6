import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/client.ts';
import { idParams } from '../shared/schema-parts.ts';
import { eraseContact, eraseCustomer } from './erasure.ts';
import { exportContactData, exportCustomerData } from './personal-data-export.ts';
import { eraseBody, erasureSchema, privacySettingsBody, privacySettingsSchema } from './privacy.schema.ts';
import { readPrivacySettings, updatePrivacySettings } from './retention.ts';

const exportDescription =
  'One JSON file with everything Guanxi holds about the person (PIPL/GDPR access request): administrators, ' +
  "managers and the customer's own relationship manager; the export is audited. See docs/privacy.md.";
const eraseDescription =
  "Irreversibly anonymises the person everywhere (administrators only); `confirmName` must be the person's " +
  'current name, typed again. Orders and their amounts stay. See docs/privacy.md.';

/** The export is a download: an attachment that no cache keeps. */
const sendDocument = (reply: FastifyReply, name: string, document: object) =>
  reply
    .type('application/json; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'no-store')
    .send(JSON.stringify(document, null, 2));

export const privacyRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/customers/:id/personal-data',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Export everything held about a customer who is a person',
        description: exportDescription,
        params: idParams,
        produces: ['application/json'],
      },
    },
    async (request, reply) => {
      const document = await exportCustomerData({ db, caller: request.actor, id: request.params.id });
      return sendDocument(reply, `personal-data-customer-${request.params.id}.json`, document);
    },
  );

  app.get(
    '/contacts/:id/personal-data',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Export everything held about one contact',
        description: exportDescription,
        params: idParams,
        produces: ['application/json'],
      },
    },
    async (request, reply) => {
      const document = await exportContactData({ db, caller: request.actor, id: request.params.id });
      return sendDocument(reply, `personal-data-contact-${request.params.id}.json`, document);
    },
  );

  app.post(
    '/customers/:id/erase',
    {
      schema: {
        tags: ['privacy'],
        summary: "Erase a person customer's data (irreversible)",
        description: eraseDescription,
        params: idParams,
        body: eraseBody,
        response: { 200: erasureSchema },
      },
    },
    async (request) =>
      eraseCustomer({ db, caller: request.actor, id: request.params.id, confirmName: request.body.confirmName }),
  );

  app.post(
    '/contacts/:id/erase',
    {
      schema: {
        tags: ['privacy'],
        summary: "Erase a contact's data (irreversible)",
        description: eraseDescription,
        params: idParams,
        body: eraseBody,
        response: { 200: erasureSchema },
      },
    },
    async (request) =>
      eraseContact({ db, caller: request.actor, id: request.params.id, confirmName: request.body.confirmName }),
  );

  app.get(
    '/settings/privacy',
    {
      schema: {
        tags: ['privacy'],
        summary: 'The retention of personal data (administrators and managers)',
        response: { 200: privacySettingsSchema },
      },
    },
    async (request) => readPrivacySettings({ db, caller: request.actor }),
  );

  app.put(
    '/settings/privacy',
    {
      schema: {
        tags: ['privacy'],
        summary: 'Change the retention of personal data (administrators)',
        description:
          '`contactRetentionYears`: the contacts of customers archived that many years ago are anonymised once a day; null keeps them.',
        body: privacySettingsBody,
        response: { 200: privacySettingsSchema },
      },
    },
    async (request) => updatePrivacySettings({ db, caller: request.actor, input: request.body }),
  );
};
