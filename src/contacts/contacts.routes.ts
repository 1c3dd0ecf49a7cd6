import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { idParams } from '../shared/schema-parts.ts';
import { contactSchema, createContactBody, customerIdParams, updateContactBody } from './contacts.schema.ts';
import { createContact, deleteContact, getContact, listContacts, updateContact } from './contacts.service.ts';

export const contactsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/customers/:id/contacts',
    {
      schema: {
        tags: ['contacts'],
        summary: "A customer's contacts (the people inside an organization)",
        params: customerIdParams,
        response: { 200: z.object({ items: z.array(contactSchema) }) },
      },
    },
    async (request) => ({ items: await listContacts({ db, actor: request.actor, customerId: request.params.id }) }),
  );

  app.post(
    '/customers/:id/contacts',
    {
      schema: {
        tags: ['contacts'],
        summary: 'Add a contact to an organization',
        params: customerIdParams,
        body: createContactBody,
        response: { 201: contactSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await createContact({ db, actor: request.actor, customerId: request.params.id, input: request.body })),
  );

  app.get(
    '/contacts/:id',
    { schema: { tags: ['contacts'], summary: 'One contact', params: idParams, response: { 200: contactSchema } } },
    async (request) => getContact({ db, actor: request.actor, id: request.params.id }),
  );

  app.patch(
    '/contacts/:id',
    {
      schema: {
        tags: ['contacts'],
        summary: 'Change some fields of a contact',
        params: idParams,
        body: updateContactBody,
        response: { 200: contactSchema },
      },
    },
    async (request) => updateContact({ db, actor: request.actor, id: request.params.id, input: request.body }),
  );

  app.delete(
    '/contacts/:id',
    { schema: { tags: ['contacts'], summary: 'Delete a contact', params: idParams } },
    async (request, reply) => {
      await deleteContact({ db, actor: request.actor, id: request.params.id });
      return reply.status(204).send();
    },
  );
};
