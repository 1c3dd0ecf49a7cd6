/** Settings from the environment, read once at start. */
export interface Config {
  databaseUrl?: string;
  dataDir: string;
  port: number;
  host: string;
  /** Session cookies get the Secure flag when the app is served over HTTPS. */
  secureCookies: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.GUANXI_DATA_DIR || './data',
    port: Number(env.PORT || 3000),
    host: env.HOST || '0.0.0.0',
    secureCookies: env.GUANXI_SECURE_COOKIES === 'true',
  };
}

/** The time zone of the business: where a calendar day starts for date filters and imports. */
export const businessTimeZone = process.env.GUANXI_TIME_ZONE || 'Asia/Shanghai';
