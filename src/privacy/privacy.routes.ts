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
  // A customer who is a person, and a contact: the same two operations each.
  const people = [
    {
      records: 'customers',
      summary: 'a customer who is a person',
      exportData: exportCustomerData,
      erase: eraseCustomer,
    },
    { records: 'contacts', summary: 'one contact', exportData: exportContactData, erase: eraseContact },
  ] as const;
  for (const person of people) {
    const file = person.records.slice(0, -1);
    app.get(
      `/${person.records}/:id/personal-data`,
      {
        schema: {
          tags: ['privacy'],
          summary: `Export everything held about ${person.summary}`,
          description: exportDescription,
          params: idParams,
          produces: ['application/json'],
        },
      },
      async (request, reply) => {
        const document = await person.exportData({ db, caller: request.actor, id: request.params.id });
        return sendDocument(reply, `personal-data-${file}-${request.params.id}.json`, document);
      },
    );

    app.post(
      `/${person.records}/:id/erase`,
      {
        schema: {
          tags: ['privacy'],
          summary: `Erase the data of ${person.summary} (irreversible)`,
          description: eraseDescription,
          params: idParams,
          body: eraseBody,
          response: { 200: erasureSchema },
        },
      },
      async (request) =>
        person.erase({ db, caller: request.actor, id: request.params.id, confirmName: request.body.confirmName }),
    );
  }

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
