import { bodyFor, titleFor } from '../contact-rules/built-in-rules.ts';
import type { RuleTitleParams } from '../db/schema/index.ts';
import { inLanguage, type Language, type Text, text } from '../shared/language.ts';

/** A notification as it is emailed: to whom, in their language, and what about. */
export interface PendingEmail {
  id: string;
  title: string;
  titleKey: string | null;
  titleParams: RuleTitleParams | null;
  body: string | null;
  language: Language;
  customerId: string | null;
  customerName: string | null;
  email: string;
  userName: string;
}

/** Where the web app shows what a notification or task is about: the customer's page, else the start page. */
export function appLink(publicUrl: string | undefined, customerId: string | null): string | undefined {
  if (!publicUrl) return undefined;
  return customerId ? `${publicUrl}/customers/${customerId}` : `${publicUrl}/`;
}

/** The email of one notification, in its recipient's language: the title, the body, the customer and a link. */
export function notificationEmail(notification: PendingEmail, publicUrl?: string) {
  const { language } = notification;
  const say = (value: Text) => inLanguage(value, language);
  const link = appLink(publicUrl, notification.customerId);
  const title = titleFor(notification, language);
  const paragraphs = [
    title,
    bodyFor(notification, language),
    notification.customerName ? `${say(text('Customer', '客户'))}: ${notification.customerName}` : null,
    link ? `${say(text('Open', '打开'))}: ${link}` : null,
  ];
  return {
    to: { name: notification.userName, address: notification.email },
    subject: `${say(text('Guanxi', '关系'))}: ${oneLine(title)}`,
    text: `${paragraphs.filter(Boolean).join('\n\n')}\n`,
    headers: {
      // Tells mail servers and auto-responders that no person wrote this, and which notification it is.
      'Auto-Submitted': 'auto-generated',
      'X-Guanxi-Notification': notification.id,
    },
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
