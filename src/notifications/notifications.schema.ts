import { z } from 'zod';
import { page, pageQuery } from '../shared/schema-parts.ts';

export const notificationSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    body: z.string().nullable(),
    customerId: z.string().nullable(),
    customerName: z.string().nullable(),
    taskId: z.string().nullable(),
    readAt: z.date().nullable(),
    createdAt: z.date(),
  })
  .meta({ id: 'Notification' });

export const listNotificationsQuery = z.object({
  unread: z
    .enum(['true', 'false'], { message: 'must be true or false' })
    .optional()
    .transform((value) => value === 'true'),
  ...pageQuery,
});
export type ListNotificationsQuery = z.infer<typeof listNotificationsQuery>;

export const notificationPage = page(notificationSchema);
export const notificationIdParams = z.object({ id: z.uuid({ message: 'must be a notification id' }) });
