export { type EmailPass, type SmtpSettings, sendPendingEmails, smtpSettings } from './mailer.ts';
export { appLink } from './notification-email.ts';
export { notificationsRoutes } from './notifications.routes.ts';
export { type NotificationInput, notify } from './notifications.service.ts';
