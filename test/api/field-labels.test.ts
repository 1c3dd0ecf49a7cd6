import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zhFieldLabels } from '../../src/shared/field-labels-zh.ts';
import { startTestServer } from '../helpers/test-server.ts';
import { untranslatedEnglish } from '../helpers/untranslated-english.ts';

/**
 * Every field a request can carry has a Chinese label (src/shared/field-labels-zh.ts), so that an
 * error naming it (`Invalid {fields}`, `{field} is already in use`) reads wholly in Chinese. The
 * fields are read from the OpenAPI document: each property of each request body, at any depth, and
 * each query and path parameter; a new field fails here until it has its label.
 */
interface Schema {
  $ref?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
}
interface Operation {
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}
interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** Each field name of the document's requests, with the first operation that has it. */
function requestFields(document: OpenApiDocument): Map<string, string> {
  const fields = new Map<string, string>();
  const resolve = (schema: Schema): Schema =>
    schema.$ref ? resolve(document.components.schemas[schema.$ref.split('/').pop() as string] ?? {}) : schema;
  const walk = (given: Schema, where: string, seen: Set<Schema>) => {
    const schema = resolve(given);
    if (seen.has(schema)) return;
    seen.add(schema);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      if (!fields.has(name)) fields.set(name, where);
      walk(property, where, seen);
    }
    const nested = [schema.items, ...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])];
    if (typeof schema.additionalProperties === 'object') nested.push(schema.additionalProperties);
    for (const inner of nested) if (inner) walk(inner, where, seen);
  };
  for (const [path, methods] of Object.entries(document.paths))
    for (const [method, operation] of Object.entries(methods)) {
      const where = `${method.toUpperCase()} ${path}`;
      for (const parameter of operation.parameters ?? [])
        if (!fields.has(parameter.name)) fields.set(parameter.name, `${where} (${parameter.in})`);
      for (const { schema } of Object.values(operation.requestBody?.content ?? {})) walk(schema, where, new Set());
    }
  return fields;
}

let server: Awaited<ReturnType<typeof startTestServer>>;
let fields: Map<string, string>;
beforeAll(async () => {
  server = await startTestServer();
  fields = requestFields((await server.client().get('/api/openapi.json')).body);
});
afterAll(() => server.close());

describe('Chinese labels of request fields', () => {
  it('reads the fields of bodies at any depth, of queries and of paths', () => {
    expect([...fields.keys()]).toEqual(
      expect.arrayContaining(['email', 'sku', 'externalId', 'lines', 'quantity', 'cutPoints', 'limit', 'id']),
    );
  });

  it('has a label for every field of the OpenAPI document', () => {
    const unlabelled = [...fields].filter(([name]) => !Object.hasOwn(zhFieldLabels, name));
    expect(unlabelled.map(([name, where]) => `${name}  (${where})`)).toEqual([]);
  });

  it('writes labels in Chinese, each one name (no list separator in it)', () => {
    const notChinese = Object.entries(zhFieldLabels).filter(
      ([, label]) => untranslatedEnglish(label, ['RFM', 'ABC']).length > 0 || /[、,]/.test(label),
    );
    expect(notChinese).toEqual([]);
  });
});
