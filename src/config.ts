/** Settings from the environment, read once at start. */
export interface Config {
  databaseUrl?: string;
  dataDir: string;
  port: number;
  host: string;
  /** Session cookies get the Secure flag when the app is served over HTTPS. */
  secureCookies: boolean;
  /** smtp://user:pass@host:port (smtps:// for TLS from the start): notifications are emailed when set. */
  smtpUrl?: string;
  /** The sender of notification emails, such as `Guanxi <crm@example.com>`. */
  mailFrom?: string;
  /** Where users reach the web app, such as https://crm.example.com: for links in emails and calendar feeds. */
  publicUrl?: string;
  /**
   * Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For, -Host and -Proto are believed
   * (also `loopback`, `linklocal`, `uniquelocal`); empty: no proxy is trusted, the connection's own address counts.
   */
  trustedProxies: string[];
  /** The first-run setup code, for automation and tests; unset: the server makes a random one and prints it. */
  setupCode?: string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.GUANXI_DATA_DIR || './data',
    port: Number(env.PORT || 3000),
    host: env.HOST || '0.0.0.0',
    secureCookies: env.GUANXI_SECURE_COOKIES === 'true',
    smtpUrl: env.GUANXI_SMTP_URL || undefined,
    mailFrom: env.GUANXI_MAIL_FROM || undefined,
    publicUrl: env.GUANXI_PUBLIC_URL?.replace(/\/+$/, '') || undefined,
    trustedProxies: (env.GUANXI_TRUSTED_PROXIES ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean),
    setupCode: env.GUANXI_SETUP_CODE || undefined,
  };
}

/** The time zone of the business: where a calendar day starts for date filters and imports. */
export const businessTimeZone = process.env.GUANXI_TIME_ZONE || 'Asia/Shanghai';
