/**
 * Fuzzes every operation of the OpenAPI document over real HTTP: `npm run fuzz [-- --requests 10000
 * --seed 1]` (PGlite in memory; PostgreSQL with DATABASE_URL). Each request goes as a random role
 * (or none) with parameters and bodies made from the operation's schemas, hostile values mixed in.
 * It fails on any 5xx answer, and on any refused request (4xx) that changed the data: a fingerprint
 * of every table (row count and newest row version) is taken after each request.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { systemActor } from '../src/auth/index.ts';
import { startSession } from '../src/auth/sessions.repo.ts';
import { selectRows } from '../src/db/client.ts';
import { loadDemoData } from '../src/demo/index.ts';
import { type ApiClient, startTestServer } from '../test/helpers/test-server.ts';
import { Dice, type JsonSchema, type ValueSource, valueFor } from './fuzz-values.ts';

const { values: args } = parseArgs({
  options: { requests: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' } },
});
const total = Number(args.requests);
const dice = new Dice(Number(args.seed));

/** Tables whose rows change by merely being used (sessions sliding, login throttle counts). */
const bookkeeping = new Set(['sessions', 'login_throttle', 'login_failures', '__drizzle_migrations']);
/** The table behind the id in a path, by the segment before it. */
const tableOf: Record<string, string> = {
  customers: 'customers',
  contacts: 'contacts',
  users: 'users',
  tokens: 'api_tokens',
  orders: 'orders',
  products: 'products',
  tasks: 'tasks',
  interactions: 'interactions',
  'contact-rules': 'contact_rules',
  runs: 'analysis_runs',
  imports: 'import_jobs',
  pyramids: 'value_pyramids',
  notifications: 'notifications',
};

interface OpenApiOperation {
  parameters?: Operation['parameters'];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
}

interface Operation {
  method: string;
  path: string;
  parameters: { in: string; name: string; required?: boolean; schema: JsonSchema }[];
  body?: JsonSchema;
  multipart: boolean;
}

const server = await startTestServer();
const { db } = server;
const roles = ['admin', 'manager', 'relationship_manager', 'service'] as const;
const clients = new Map<string, ApiClient & { user: { id: string } }>();
for (const role of roles) clients.set(role, await server.userClient(role));
process.stderr.write('loading a small demo company…\n');
await loadDemoData({ db, actor: systemActor('command line'), customers: 80, seed: 7, years: 2 });
await clients.get('manager')?.post('/api/v1/analytics/runs', {});

const document = (await server.client().get('/api/openapi.json')).body;
const resolve = (ref: string) =>
  ref
    .split('/')
    .slice(1)
    .reduce((node, key) => node[key], document) as JsonSchema;
const operations: Operation[] = Object.entries(
  document.paths as Record<string, Record<string, OpenApiOperation>>,
).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({
    method: method.toUpperCase(),
    path,
    parameters: operation.parameters ?? [],
    body: operation.requestBody?.content?.['application/json']?.schema,
    multipart: Boolean(operation.requestBody?.content?.['multipart/form-data']),
  })),
);

const tables = (
  await selectRows<{ name: string }>(
    db,
    sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  )
)
  .map((t) => t.name)
  .filter((name) => !bookkeeping.has(name));
const fingerprintQuery = sql.raw(
  tables
    .map((t) => `SELECT '${t}' AS t, count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0) AS f FROM "${t}"`)
    .join(' UNION ALL '),
);
const fingerprint = async () =>
  (await selectRows<{ t: string; f: string }>(db, fingerprintQuery)).map((r) => `${r.t}=${r.f}`).join(' ');

let ids = new Map<string, string[]>();
async function refreshIds() {
  ids = new Map();
  for (const table of new Set(Object.values(tableOf))) {
    const rows = await selectRows<{ id: string }>(db, sql.raw(`SELECT id::text AS id FROM "${table}" LIMIT 200`));
    ids.set(
      table,
      rows.map((r) => r.id),
    );
  }
}
const randomUuid = () => 'xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx'.replace(/x/g, () => dice.int(0, 15).toString(16));
const source: ValueSource = {
  dice,
  resolve,
  idFor(name) {
    const table = tableOf[`${name.replace(/Ids?$/, '').replace(/^(owner|assignee|sharedWith|actor)$/, 'user')}s`];
    const pool = ids.get(table ?? '') ?? [...(ids.get('customers') ?? []), ...(ids.get('users') ?? [])];
    if (dice.chance(0.8) && pool.length) return dice.pick(pool);
    return dice.chance(0.7) ? randomUuid() : String(dice.pick(['1', 'abc', '', '%2e%2e', '-1']));
  },
};

function pathFor(operation: Operation): string {
  return operation.path.replace(/\{([^}]+)\}/g, (_, name: string, offset: number) => {
    const segment = operation.path.slice(0, offset).split('/').filter(Boolean).pop() ?? '';
    const pool = ids.get(tableOf[segment] ?? '') ?? [];
    if (dice.chance(0.75) && pool.length) return dice.pick(pool);
    const value = String(valueFor({ type: 'string', format: 'uuid' }, source, name, 0.3));
    // A lone surrogate has no UTF-8: send the bytes an attacker would (an encoded surrogate) instead.
    return /[\ud800-\udfff]/.test(value) ? '%ED%A0%80' : encodeURIComponent(value);
  });
}

function queryFor(operation: Operation, spite: number): string {
  const query = new URLSearchParams();
  for (const parameter of operation.parameters.filter((p) => p.in === 'query')) {
    if (!parameter.required && dice.chance(0.5)) continue;
    const value = valueFor(parameter.schema, source, parameter.name, spite);
    query.set(parameter.name, typeof value === 'object' ? JSON.stringify(value) : String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

/** A client whose session ended (logout, a disabled or changed user) gets a fresh one straight from the database. */
async function revive(role: string) {
  const client = clients.get(role);
  if (!client) return;
  await db.execute(sql`UPDATE users SET disabled = false, role = ${role} WHERE id = ${client.user.id}`);
  const session = await startSession(db, client.user.id);
  client.cookie = `guanxi_session=${session.secret}`;
}

/** A small CSV upload: mostly sound rows, some broken ones, sometimes a mapping field. */
function csvUpload(): FormData {
  const form = new FormData();
  if (dice.chance(0.3)) form.append('mapping', dice.pick(['{}', '{"名称":"name"}', 'not json', '{"a":1}']));
  const header = dice.pick(['name,kind,phone', 'external_id,name,kind', 'sku,name,list_price', '名称,类型', '']);
  const rows = Array.from({ length: dice.int(0, 5) }, () =>
    [dice.pick(['张三', '=cmd', '', '"unterminated']), dice.pick(['person', 'organization', 'x']), dice.int(0, 9)].join(
      ',',
    ),
  );
  form.append('file', new Blob([[header, ...rows].join('\n')]), dice.pick(['a.csv', '../../x.csv', '']));
  return form;
}

async function importFinished(id: string, headers: Record<string, string>) {
  for (let polls = 0; polls < 600; polls++) {
    const job = await fetch(`${server.baseUrl}/api/v1/imports/${id}`, { headers: { cookie: headers.cookie ?? '' } });
    if ((await job.json()).status !== 'running') return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

let changedByAccepted = 0;
const counts = new Map<string, number>();
const failures: string[] = [];
await refreshIds();
let before = await fingerprint();
const started = Date.now();
for (let i = 0; i < total; i++) {
  if (i % 250 === 0) {
    await refreshIds();
    process.stderr.write(`\r${i}/${total} requests, ${failures.length} failures`);
  }
  const operation = dice.pick(operations);
  const role = dice.chance(0.05) ? 'none' : dice.pick(roles);
  const headers: Record<string, string> = role === 'none' ? {} : (clients.get(role)?.credentials() ?? {});
  // Half the requests are well formed, so that they get past validation to the rules behind it.
  const spite = dice.chance(0.5) ? 0 : 0.15;
  const path = pathFor(operation) + queryFor(operation, spite);
  let body: string | FormData | undefined;
  if (operation.multipart && dice.chance(0.7)) {
    body = csvUpload();
  } else if (operation.body || ['POST', 'PATCH', 'PUT'].includes(operation.method)) {
    const value = operation.body ? valueFor(operation.body, source, '', spite) : dice.pick([{}, null, 'x']);
    body = dice.chance(0.02) ? '{"broken": ' : JSON.stringify(value);
    headers['content-type'] = dice.chance(0.03) ? 'text/plain' : 'application/json';
  }
  if (body instanceof FormData) {
    delete headers['content-type'];
  }
  const response = await fetch(server.baseUrl + path, { method: operation.method, headers, body }).catch(
    (error: Error) => ({ status: 599, text: async () => error.message }),
  );
  const text = await response.text();
  const status = response.status;
  counts.set(String(status), (counts.get(String(status)) ?? 0) + 1);
  // An import runs on after its 202: let it finish, so that its writes are not taken for the next request's.
  if (status === 202) await importFinished(JSON.parse(text).id, headers);
  const after = await fingerprint();
  const shown = body instanceof FormData ? `a CSV upload ${JSON.stringify(body.get('mapping'))}` : body?.slice(0, 300);
  const request = `${operation.method} ${path} as ${role}${shown ? ` with ${shown}` : ''}`;
  if (status < 300 && after !== before) changedByAccepted++;
  if (status >= 500) failures.push(`${status}: ${request} → ${text.slice(0, 200)}`);
  else if (status >= 400 && after !== before)
    failures.push(`${status} but the data changed: ${request} → ${text.slice(0, 200)}`);
  if (status === 401 && role !== 'none') await revive(role);
  before = role !== 'none' && status === 401 ? await fingerprint() : after;
}
const seconds = (Date.now() - started) / 1000;
process.stderr.write('\n');
await server.close();

console.log(`## Fuzzing every operation (${operations.length} operations, seed ${args.seed})\n`);
console.log(`- database: ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite (memory)'}`);
console.log(`- requests: ${total} in ${seconds.toFixed(0)} s`);
console.log(
  `- answers by status: ${[...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ')}`,
);
console.log(`- accepted requests that changed data (shows the fingerprint sees changes): ${changedByAccepted}`);
console.log(`- 5xx answers: ${failures.filter((f) => f.startsWith('5')).length}`);
console.log(`- refused requests that changed data: ${failures.filter((f) => f.includes('data changed')).length}`);
for (const failure of failures.slice(0, 40)) console.log(`  - ${failure}`);
process.exitCode = failures.length ? 1 : 0;
