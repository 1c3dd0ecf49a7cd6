/**
 * Request values for the fuzzer, made from the OpenAPI document's JSON schemas: mostly values of the
 * right shape (so that requests get past the first check and reach the handlers), with hostile
 * values mixed in at every level.
 */

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/** A seeded generator (mulberry32), so that a failing run can be repeated. */
export class Dice {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  chance = (p: number) => this.next() < p;
  int = (min: number, max: number) => min + Math.floor(this.next() * (max - min + 1));
  pick = <T>(items: readonly T[]): T => items[Math.floor(this.next() * items.length)];
}

/** Values that have broken servers before: wrong types, edges of ranges, injections, odd Unicode. */
export const hostile: unknown[] = [
  null,
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x'.repeat(5000),
  '９９',
  '＝1+1',
  "' OR 1=1 --",
  '"; DROP TABLE customers; --',
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '%00',
  '%ZZ',
  '2026-13-45',
  '2026-02-30',
  '9999-12-31',
  '0000-01-01',
  '-infinity',
  'NaN',
  '1e309',
  -1,
  0,
  2 ** 31,
  -(2 ** 63),
  1e308,
  0.000001,
  true,
  [],
  {},
  [null],
  { __proto__: { admin: true } },
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];

export interface ValueSource {
  dice: Dice;
  /** An existing record's id for a property or parameter name, or a random one. */
  idFor(name: string): string;
  resolve(ref: string): JsonSchema;
}

const isoDay = (dice: Dice) =>
  `${dice.int(1990, 2030)}-${String(dice.int(1, 12)).padStart(2, '0')}-${String(dice.int(1, 28)).padStart(2, '0')}`;

/** A value for `schema`: hostile with probability `spite` at this level and below. */
export function valueFor(schema: JsonSchema, source: ValueSource, name = '', spite = 0.15, depth = 0): unknown {
  const { dice } = source;
  if (schema.$ref) return valueFor(source.resolve(schema.$ref), source, name, spite, depth);
  if (dice.chance(spite)) return dice.pick(hostile);
  if (schema.nullable && dice.chance(0.1)) return null;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return valueFor(dice.pick(variants), source, name, spite, depth);
  if (schema.allOf?.length) return valueFor(schema.allOf[0], source, name, spite, depth);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return dice.pick(schema.enum);
  const type = Array.isArray(schema.type) ? dice.pick(schema.type) : schema.type;
  switch (type) {
    case 'object': {
      if (depth > 4) return {};
      const object: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        const required = schema.required?.includes(key);
        if (dice.chance(required ? (spite > 0 ? 0.95 : 1) : 0.4))
          object[key] = valueFor(property, source, key, spite, depth + 1);
      }
      if (spite > 0 && dice.chance(0.05)) object[dice.pick(['extra', 'role', 'id', 'ownerId', '__proto__'])] = 'x';
      return object;
    }
    case 'array': {
      const length = dice.int(0, Math.min(schema.maxItems ?? 3, 3));
      return Array.from({ length }, () => valueFor(schema.items ?? {}, source, name, spite, depth + 1));
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -10;
      const max = schema.maximum ?? Math.max(min + 1000, 1000);
      const value = min + dice.next() * Math.min(max - min, 1e6);
      return type === 'integer' ? Math.round(value) : Math.round(value * 100) / 100;
    }
    case 'boolean':
      return dice.chance(0.5);
    case 'string':
      return stringFor(schema, source, name);
    default:
      return dice.pick(['x', 1, true, null]);
  }
}

function stringFor(schema: JsonSchema, source: ValueSource, name: string): string {
  const { dice } = source;
  if (schema.format === 'uuid' || /Ids?$/.test(name)) return source.idFor(name);
  if (schema.format === 'date') return isoDay(dice);
  if (schema.format === 'date-time' || /At$/.test(name)) return `${isoDay(dice)}T0${dice.int(0, 9)}:30:00+08:00`;
  if (schema.format === 'email' || name === 'email') return `fuzz${dice.int(1, 999)}@example.com`;
  if (/phone/i.test(name)) return `13${dice.int(100000000, 999999999)}`;
  if (/amount|total|price|cost|wallet/i.test(name)) return `${dice.int(0, 99999)}.${dice.int(10, 99)}`;
  const words = ['张伟', '李娜', 'Acme', '华信', 'renewal', '回访', 'x', '13800138000', '2026-01-31'];
  const text = Array.from({ length: dice.int(1, 3) }, () => dice.pick(words)).join(' ');
  return text.slice(0, schema.maxLength ?? 200);
}
