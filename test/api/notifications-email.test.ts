import type { AddressInfo } from 'node:net';
import { and, eq, isNull } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.ts';
import { customers, notifications, users } from '../../src/db/schema/index.ts';
import { notify, type SmtpSettings, sendPendingEmails, smtpSettings } from '../../src/notifications/index.ts';
import { startTestServer } from '../helpers/test-server.ts';

/** Notifications go out by email through a real SMTP server started here, once each. */
let server: Awaited<ReturnType<typeof startTestServer>>;
let li: Awaited<ReturnType<typeof server.userClient>>;
let wang: Awaited<ReturnType<typeof server.userClient>>;
let inbox: Awaited<ReturnType<typeof startInbox>>;

interface ReceivedEmail {
  from: string;
  to: string[];
  subject: string;
  notificationId: string;
  text: string;
}

/** A local SMTP server that keeps what it receives, or refuses every message with a temporary failure. */
async function startInbox(options: { refuse?: boolean } = {}) {
  const received: ReceivedEmail[] = [];
  const logins: string[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      logins.push(auth.username ?? '');
      callback(null, { user: auth.username });
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (options.refuse) return callback(Object.assign(new Error('Mailbox busy, try later'), { responseCode: 451 }));
        received.push(parseEmail(Buffer.concat(chunks).toString('utf8'), session));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  return {
    received,
    logins,
    settings: { url: `smtp://guanxi:secret@127.0.0.1:${port}`, from: 'Guanxi <crm@example.com>' } as SmtpSettings,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

function parseEmail(raw: string, session: { envelope: { rcptTo: { address: string }[] } }): ReceivedEmail {
  const [head, ...bodyParts] = raw.split('\r\n\r\n');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return {
    from: headers.get('from') ?? '',
    to: session.envelope.rcptTo.map((recipient) => recipient.address),
    subject: decodeWords(headers.get('subject') ?? ''),
    notificationId: headers.get('x-guanxi-notification') ?? '',
    text: decodeBody(bodyParts.join('\r\n\r\n'), headers.get('content-transfer-encoding')),
  };
}

/** A single-part body in quoted-printable, base64 or as it is. */
function decodeBody(body: string, encoding = '7bit'): string {
  if (encoding === 'base64') return Buffer.from(body, 'base64').toString('utf8');
  if (encoding !== 'quoted-printable') return body;
  return Buffer.from(body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, hexByte), 'latin1').toString('utf8');
}

const hexByte = (_: string, hex: string) => String.fromCharCode(Number.parseInt(hex, 16));

/** Decodes RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=), joining the bytes of adjacent ones. */
function decodeWords(value: string): string {
  return value.replace(/\?=\s+=\?/g, '?==?').replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)+/g, (words) => {
    const bytes = [...words.matchAll(/=\?[^?]+\?([BbQq])\?([^?]*)\?=/g)].map(([, encoding, text]) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, hexByte), 'latin1'),
    );
    return Buffer.concat(bytes).toString('utf8');
  });
}

const unsent = async () =>
  (await server.db.select({ id: notifications.id }).from(notifications).where(isNull(notifications.emailedAt))).length;

beforeAll(async () => {
  server = await startTestServer();
  li = await server.userClient('relationship_manager', '李娜');
  wang = await server.userClient('relationship_manager', '王芳');
  // 李娜 reads Guanxi in Chinese, 王芳 has not chosen (English): each email comes in its reader's language only.
  await server.db.update(users).set({ language: 'zh-CN' }).where(eq(users.id, li.user.id));
  inbox = await startInbox();
});
afterAll(async () => {
  await inbox.close();
  await server.close();
});
beforeEach(async () => {
  await server.db.delete(notifications);
  inbox.received.length = 0;
});

describe('notification emails', () => {
  it('reach the right person with the title as subject, a link to the customer, and are sent once', async () => {
    const [customer] = await server.db
      .insert(customers)
      .values({ kind: 'person', name: '张伟' })
      .returning({ id: customers.id });
    const thanks = await notify(server.db, {
      userId: li.user.id,
      title: '感谢 张伟 的订单',
      body: 'Call within three days.',
      customerId: customer.id,
    });
    const winBack = await notify(server.db, { userId: wang.user.id, title: 'Win back 王总' });

    const pass = await sendPendingEmails({
      db: server.db,
      smtp: { ...inbox.settings, publicUrl: 'https://crm.example.com' },
    });
    expect(pass).toEqual({ sent: 2, failed: 0 });
    const byId = new Map(inbox.received.map((email) => [email.notificationId, email]));
    expect(byId.get(thanks.id)).toMatchObject({ to: [li.user.email], subject: '关系: 感谢 张伟 的订单' });
    expect(byId.get(thanks.id)?.from).toContain('crm@example.com');
    expect(byId.get(thanks.id)?.text).toContain(`打开: https://crm.example.com/customers/${customer.id}`);
    expect(byId.get(thanks.id)?.text).toContain('Call within three days.');
    expect(byId.get(winBack.id)).toMatchObject({ to: [wang.user.email], subject: 'Guanxi: Win back 王总' });
    expect(inbox.logins).toContain('guanxi');
    expect(await unsent()).toBe(0);

    expect(await sendPendingEmails({ db: server.db, smtp: inbox.settings })).toEqual({ sent: 0, failed: 0 });
    expect(inbox.received).toHaveLength(2);
  });

  it('are sent once when several passes run at the same time, in batches', async () => {
    for (let n = 0; n < 25; n++) await notify(server.db, { userId: li.user.id, title: `reminder ${n}` });
    const passes = await Promise.all(
      [1, 2, 3].map(() => sendPendingEmails({ db: server.db, smtp: inbox.settings, batchSize: 4 })),
    );
    expect(passes.reduce((sum, pass) => sum + pass.sent, 0)).toBe(25);
    const ids = inbox.received.map((email) => email.notificationId);
    expect(new Set(ids).size).toBe(25);
    expect(ids).toHaveLength(25);
  });

  it('are left for the next pass when the server refuses them or cannot be reached', async () => {
    await notify(server.db, { userId: li.user.id, title: 'first' });
    await notify(server.db, { userId: wang.user.id, title: 'second' });
    const refusing = await startInbox({ refuse: true });
    const refused = await sendPendingEmails({ db: server.db, smtp: refusing.settings });
    await refusing.close();
    expect(refused).toMatchObject({ sent: 0, failed: 2 });
    expect(refused.lastError).toMatch(/busy/);
    expect(await unsent()).toBe(2);

    // The refusing server is closed now: nothing listens on its port.
    const unreachable = await sendPendingEmails({ db: server.db, smtp: refusing.settings });
    expect(unreachable).toMatchObject({ sent: 0, failed: 2 });
    expect(await unsent()).toBe(2);

    expect(await sendPendingEmails({ db: server.db, smtp: inbox.settings })).toEqual({ sent: 2, failed: 0 });
    expect(inbox.received.map((email) => email.subject).sort()).toEqual(['Guanxi: second', '关系: first']);
  });

  it('are not claimed without SMTP settings, nor sent when a day old or to a disabled user', async () => {
    expect(smtpSettings(readConfig({}))).toBeUndefined();
    expect(
      smtpSettings(readConfig({ GUANXI_SMTP_URL: 'smtp://crm%40example.com:pw@mail.example.com:587' })),
    ).toMatchObject({ from: 'crm@example.com' });
    await notify(server.db, { userId: li.user.id, title: 'fresh' });
    expect(await sendPendingEmails({ db: server.db, smtp: undefined })).toEqual({ sent: 0, failed: 0 });
    expect(await unsent()).toBe(1);

    await server.db
      .insert(notifications)
      .values({ userId: li.user.id, title: 'stale', createdAt: new Date(Date.now() - 25 * 3_600_000) });
    const disabled = await server.userClient('service', '离职员工');
    await notify(server.db, { userId: disabled.user.id, title: 'for someone who left' });
    await server.db.update(users).set({ disabled: true }).where(eq(users.id, disabled.user.id));

    expect(await sendPendingEmails({ db: server.db, smtp: inbox.settings })).toEqual({ sent: 1, failed: 0 });
    expect(inbox.received.map((email) => email.subject)).toEqual(['关系: fresh']);
    const [stale] = await server.db
      .select({ emailedAt: notifications.emailedAt })
      .from(notifications)
      .where(and(eq(notifications.title, 'stale')));
    expect(stale.emailedAt).toBeNull();
  });
});
