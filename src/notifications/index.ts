export { notificationsRoutes } from './notifications.routes.ts';
export { type NotificationInput, notify } from './notifications.service.ts';
