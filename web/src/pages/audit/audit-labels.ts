/**
 * Where the audit log's record types, field names and enumeration values are labelled: i18n keys,
 * so that an entry reads in the interface's language. Plain data (no React), checked against every
 * field the server audits by test/api/audit-labels.test.ts.
 */

/** The record types the audit log names, in the order the filter offers them. */
export const auditRecordTypes = [
  'customer',
  'contact',
  'interaction',
  'task',
  'order',
  'product',
  'contact_rule',
  'user',
  'api_token',
  'calendar_feed',
  'import',
  'analysis_run',
  'value_pyramid',
  'setting',
  'backup',
  'restore',
  'demo_data',
] as const;

/** Who acts when no user does. */
export const systemActors = ['command line', 'scheduler', 'first-run setup'] as const;

export const recordTypeKey = (entity: string) => `auditLog.entities.${entity}`;

/** Fields labelled where their record's form labels them; the others are in auditLog.fields. */
const formFields: Record<string, Record<string, string>> = {
  customer: {
    ...same('customer.fields', [
      'kind',
      'internal',
      'name',
      'externalId',
      'industry',
      'region',
      'phone',
      'email',
      'address',
      'tags',
      'source',
      'level',
      'notes',
      'walletEstimate',
      'potentialScore',
      'archived',
    ]),
    referredById: 'customer.fields.referredBy',
    ownerId: 'customer.fields.owner',
    sharedWithIds: 'customer.fields.sharedWith',
  },
  contact: same('contact.fields', ['name', 'title', 'phone', 'email', 'buyingRole', 'attitude', 'trust', 'notes']),
  user: same('user.fields', ['name', 'email', 'role', 'disabled']),
  order: {
    ...same('order.fields', ['externalId', 'orderedAt', 'status', 'total', 'amountCollected', 'channel']),
    currency: 'product.fields.currency',
    lines: 'order.detail.lines',
  },
  product: same('product.fields', ['sku', 'name', 'category', 'currency', 'listPrice', 'unitCost', 'active']),
  task: same('task.fields', ['title', 'customer', 'assignee', 'dueAt', 'priority', 'notes', 'status']),
  interaction: same('interaction.fields', [
    'medium',
    'direction',
    'outcome',
    'note',
    'nextStep',
    'content',
    'method',
    'occurredAt',
    'durationMinutes',
    'cost',
    'contacts',
  ]),
  contact_rule: same('rules.fields', [
    'name',
    'enabled',
    'trigger',
    'days',
    'enteredValue',
    'fromValue',
    'delayDays',
    'horizonDays',
    'conditions',
    'createTask',
    'notify',
    'titleTemplate',
    'taskPriority',
    'dueDays',
  ]),
  api_token: { name: 'account.tokenName' },
  import: { kind: 'auditLog.fields.importKind' },
};

function same(prefix: string, fields: string[]): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field, `${prefix}.${field}`]));
}

/** The i18n key of a field of a record type. */
export const fieldKey = (entity: string, field: string) => formFields[entity]?.[field] ?? `auditLog.fields.${field}`;

/** Fields holding an enumeration value, by record type, and where the values are labelled. */
const enumFields: Record<string, Record<string, string>> = {
  customer: { kind: 'enums.kind', source: 'enums.leadSource', level: 'enums.level' },
  contact: { buyingRole: 'enums.buyingRole', attitude: 'enums.attitude' },
  user: { role: 'enums.role' },
  order: { status: 'order.status' },
  task: { priority: 'task.priority', status: 'task.status' },
  interaction: {
    medium: 'interaction.medium',
    direction: 'interaction.direction',
    content: 'interaction.content',
    method: 'interaction.method',
    outcome: 'interaction.outcome',
  },
  contact_rule: { trigger: 'rules.trigger', taskPriority: 'task.priority' },
  import: { kind: 'import.kinds' },
};

/** The i18n key of an enumeration value, or undefined when the field holds none. */
export const enumKey = (entity: string, field: string, value: string) => {
  const prefix = enumFields[entity]?.[field];
  return prefix ? `${prefix}.${value}` : undefined;
};

/**
 * Where to open an entry's record in the app, or undefined: a record that was deleted (or that the
 * app shows nowhere) is named in plain text, never by a dead link.
 */
export function recordPath(entry: {
  entity: string;
  entityId: string;
  record: { found: boolean; customerId: string | null } | null;
}): string | undefined {
  if (!entry.record?.found) return undefined;
  const id = encodeURIComponent(entry.entityId);
  switch (entry.entity) {
    case 'order':
      return `/orders?order=${id}`;
    case 'customer':
    case 'contact':
    case 'interaction':
    case 'task':
      return entry.record.customerId ? `/customers/${encodeURIComponent(entry.record.customerId)}` : undefined;
    case 'product':
      return '/products';
    case 'contact_rule':
      return '/contact-rules';
    case 'user':
    case 'calendar_feed':
      return '/users';
    case 'import':
      return '/import';
    case 'analysis_run':
    case 'value_pyramid':
      return '/insights';
    default:
      return undefined;
  }
}
