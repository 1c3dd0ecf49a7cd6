import { inArray, sql } from 'drizzle-orm';
import { createTransport } from 'nodemailer';
import { type Config, readConfig } from '../config.ts';
import { type Executor, selectRows } from '../db/client.ts';
import { notifications } from '../db/schema/index.ts';
import { notificationEmail, type PendingEmail } from './notification-email.ts';

/** How notifications are emailed: the SMTP server, the sender and the app's address for links. */
export interface SmtpSettings {
  /** smtp://user:pass@host:port, or smtps://… for TLS from the first byte. */
  url: string;
  from: string;
  publicUrl?: string;
}

/** The SMTP settings of the configuration, or undefined when no SMTP server is configured. */
export function smtpSettings(config: Config = readConfig()): SmtpSettings | undefined {
  if (!config.smtpUrl) return undefined;
  return { url: config.smtpUrl, from: config.mailFrom ?? defaultSender(config.smtpUrl), publicUrl: config.publicUrl };
}

/** Without GUANXI_MAIL_FROM: the SMTP login when it is an address, else guanxi@ the SMTP server's host. */
function defaultSender(smtpUrl: string): string {
  try {
    const url = new URL(smtpUrl);
    const user = decodeURIComponent(url.username);
    return user.includes('@') ? user : `guanxi@${url.hostname}`;
  } catch {
    return 'guanxi@localhost';
  }
}

export interface EmailPass {
  sent: number;
  /** Claimed but not sent: back to unsent, for the next pass. */
  failed: number;
  /** The last failure's message, for the log. */
  lastError?: string;
}

/** Only notifications of the last day are emailed: older news is left to the app's bell. */
const maxAgeHours = 24;

/**
 * Emails the notifications not yet emailed. Rows are claimed by setting `emailed_at` first
 * (FOR UPDATE SKIP LOCKED), so several server processes never send one twice; a failed send
 * puts `emailed_at` back to null so a later pass tries again. A process that dies between
 * claiming and sending loses those emails (at most once), which beats sending them twice.
 * Without SMTP settings nothing is claimed.
 */
export async function sendPendingEmails(options: {
  db: Executor;
  smtp: SmtpSettings | undefined;
  batchSize?: number;
}): Promise<EmailPass> {
  const { db, smtp } = options;
  const batchSize = options.batchSize ?? 100;
  const pass: EmailPass = { sent: 0, failed: 0 };
  if (!smtp) return pass;
  const transport = createTransport(
    { url: smtp.url, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 },
    { from: smtp.from },
  );
  try {
    for (;;) {
      const batch = await claimPendingEmails(db, batchSize);
      let failedInBatch = false;
      for (const [index, pending] of batch.entries()) {
        try {
          await transport.sendMail(notificationEmail(pending, smtp.publicUrl));
          pass.sent++;
        } catch (error) {
          failedInBatch = true;
          pass.lastError = error instanceof Error ? error.message : String(error);
          // A message the server refused spoils only itself; a broken connection, the rest too.
          const unsent = refusedMessage(error) ? [pending] : batch.slice(index);
          await releaseClaims(
            db,
            unsent.map((row) => row.id),
          );
          pass.failed += unsent.length;
          if (!refusedMessage(error)) return pass;
        }
      }
      // Stop after a short batch, or after a refusal (so the refused one is not claimed again now).
      if (batch.length < batchSize || failedInBatch) return pass;
    }
  } finally {
    transport.close();
  }
}

/** nodemailer marks errors of one message's envelope or content, as opposed to the connection or login. */
const refusedMessage = (error: unknown) => {
  const code = (error as { code?: string })?.code;
  return code === 'EENVELOPE' || code === 'EMESSAGE';
};

async function claimPendingEmails(db: Executor, batchSize: number): Promise<PendingEmail[]> {
  return selectRows<PendingEmail>(
    db,
    sql`WITH claimed AS (
          UPDATE notifications SET emailed_at = now()
          WHERE id IN (
            SELECT n.id FROM notifications n JOIN users u ON u.id = n.user_id
            WHERE n.emailed_at IS NULL AND NOT u.disabled
              AND n.created_at > now() - make_interval(hours => ${maxAgeHours})
            ORDER BY n.created_at
            LIMIT ${batchSize}
            FOR UPDATE OF n SKIP LOCKED)
          RETURNING id, user_id, title, title_key, title_params, body, customer_id, created_at
        )
        SELECT c.id, c.title, c.title_key AS "titleKey", c.title_params AS "titleParams", c.body,
               c.customer_id AS "customerId", cu.name AS "customerName",
               u.email, u.name AS "userName", coalesce(u.language, 'en') AS language
        FROM claimed c JOIN users u ON u.id = c.user_id LEFT JOIN customers cu ON cu.id = c.customer_id
        ORDER BY c.created_at`,
  );
}

async function releaseClaims(db: Executor, ids: string[]) {
  if (ids.length) await db.update(notifications).set({ emailedAt: null }).where(inArray(notifications.id, ids));
}
