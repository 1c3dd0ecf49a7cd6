import type { Command } from 'commander';
import { readConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';

/** A line framed on the console, where the server's operator sees it, and in the log. */
function announce(log: { warn: (message: string) => void }, line: string) {
  const rule = '='.repeat(line.length);
  process.stdout.write(`\n${rule}\n${line}\n${rule}\n\n`);
  log.warn(line);
}

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('Serve the web app and the API (migrates the database first)')
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: $HOST or 0.0.0.0)')
    .action(async (options: { port?: string; host?: string }) => {
      const config = readConfig();
      const port = Number(options.port ?? config.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port ${options.port}`);
      // Loaded here so that the other commands (import, export, …) do not carry the whole server.
      const { buildApp } = await import('../server/app.ts');
      const { redactFeedSecret } = await import('../calendar/index.ts');
      const { rulesIntervalSeconds, startRuleRunner } = await import('../contact-rules/index.ts');
      const rulesInterval = rulesIntervalSeconds();
      const { firstRunSetupCode, setupCodeBanner } = await import('../auth/setup-code.ts');
      const setupCode = firstRunSetupCode(config.setupCode);
      const database = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
      await database.migrate();
      const app = await buildApp({
        database,
        secureCookies: config.secureCookies,
        setupCode,
        logger: {
          level: process.env.LOG_LEVEL ?? 'info',
          serializers: {
            req: (request) => ({
              method: request.method,
              url: redactFeedSecret(request.url),
              remoteAddress: request.ip,
            }),
          },
          // Readable lines for a person at a terminal; JSON lines for log collectors.
          ...(process.stdout.isTTY
            ? { transport: { target: 'pino-pretty', options: { ignore: 'pid,hostname' } } }
            : {}),
        },
      });
      // The day's run (unless switched off), and at once the runs that loading purchases asks for.
      const stopAnalysis = (await import('../analytics/index.ts')).startAutomaticAnalysis({
        db: database.db,
        daily: process.env.GUANXI_DAILY_ANALYSIS !== 'off',
        onError: (error) => app.log.error({ err: error }, 'analysis failed'),
      });
      const stopRuleRunner =
        rulesInterval === null
          ? () => {}
          : startRuleRunner({
              db: database.db,
              intervalSeconds: rulesInterval,
              onPass: (pass) => {
                if (pass.tasks || pass.notifications || pass.emails)
                  app.log.info(
                    `contact rules: ${pass.tasks} tasks, ${pass.notifications} notifications, ${pass.emails} emails`,
                  );
              },
              onError: (error) => app.log.error({ err: error }, 'contact rules pass failed'),
            });
      const stopRetention = (await import('../privacy/index.ts')).startContactRetention({
        db: database.db,
        onRun: (run) => {
          if (run.contacts)
            app.log.info(
              `retention: anonymised ${run.contacts} contacts of customers archived ${run.years}+ years ago`,
            );
        },
        onError: (error) => app.log.error({ err: error }, 'retention of contacts failed'),
      });
      const stop = async () => {
        stopRetention();
        stopRuleRunner();
        await stopAnalysis();
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await app.listen({ port, host: options.host ?? config.host });
      app.log.info(`Guanxi is running on http://localhost:${port} (database: ${database.kind}, ${database.location})`);
      const { countUsers } = await import('../users/index.ts');
      if ((await countUsers(database.db)) === 0) announce(app.log, setupCodeBanner(setupCode));
    });
}
