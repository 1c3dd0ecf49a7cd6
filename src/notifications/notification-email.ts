/** A notification as it is emailed: to whom, and what about. */
export interface PendingEmail {
  id: string;
  title: string;
  body: string | null;
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

/** The email of one notification: a bilingual subject, then the title, the body, the customer and a link. */
export function notificationEmail(notification: PendingEmail, publicUrl?: string) {
  const link = appLink(publicUrl, notification.customerId);
  const paragraphs = [
    notification.title,
    notification.body,
    notification.customerName ? `客户 Customer: ${notification.customerName}` : null,
    link ? `打开 Open: ${link}` : null,
  ];
  return {
    to: { name: notification.userName, address: notification.email },
    subject: `Guanxi 关系: ${oneLine(notification.title)}`,
    text: `${paragraphs.filter(Boolean).join('\n\n')}\n`,
    headers: {
      // Tells mail servers and auto-responders that no person wrote this, and which notification it is.
      'Auto-Submitted': 'auto-generated',
      'X-Guanxi-Notification': notification.id,
    },
  };
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
