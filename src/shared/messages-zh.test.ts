import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { isTranslated, translate } from './translate.ts';

/**
 * Every message the server can write for a person, found in the source: AppError messages and
 * fields, notFound/forbidden/invalid, zod's custom messages (`message:`, `.min(n, '…')`, `.refine`),
 * import problems (`error: '…'`) and import summaries (`message = …`). A template literal stands for
 * every text it can make: each `${…}` is a value, to be a `{placeholder}` in the catalogue.
 */
const root = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  /** The text with `X` for each value a template literal puts in. */
  sample: string;
  /** A record type named to notFound: must be translated exactly, not just fit a pattern. */
  exact: boolean;
}

/** The text a string or template literal makes, with `X` for each value; undefined for anything else. */
function sampleOf(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((span) => `X${span.literal.text}`).join('');
  if (ts.isParenthesizedExpression(node)) return sampleOf(node.expression);
  return undefined;
}

const zodMessageMethods = new Set(['min', 'max', 'length', 'regex', 'refine', 'superRefine', 'gt', 'gte', 'lt', 'lte']);

function messagesIn(file: string): Found[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const add = (node: ts.Node | undefined, exact = false) => {
    const sample = sampleOf(node);
    if (sample === undefined || !node) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    found.push({ where: `${relative(root, file)}:${line + 1}`, sample, exact });
  };
  const addValues = (node: ts.Node | undefined) => {
    if (node && ts.isObjectLiteralExpression(node))
      for (const property of node.properties) if (ts.isPropertyAssignment(property)) add(property.initializer);
  };
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && node.expression.getText() === 'AppError') {
      add(node.arguments?.[1]);
      addValues(node.arguments?.[2]);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      if (name === 'notFound' && ts.isIdentifier(callee)) add(node.arguments[0], true);
      if (name === 'forbidden' && ts.isIdentifier(callee)) add(node.arguments[0]);
      if (name === 'invalid' && ts.isIdentifier(callee)) addValues(node.arguments[0]);
      if (zodMessageMethods.has(name) && ts.isPropertyAccessExpression(callee)) {
        const last = node.arguments[node.arguments.length - 1];
        if (node.arguments.length > 1 || name === 'refine') add(last);
        addValues(last);
      }
    }
    if (ts.isPropertyAssignment(node) && ['message', 'error'].includes(node.name.getText())) add(node.initializer);
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      /^(message|failure|problem)$/.test(node.left.getText())
    )
      add(node.right);
    if (ts.isReturnStatement(node) && ts.isObjectLiteralExpression(node.expression ?? node)) addValues(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const everyMessage = sourceFiles(root).flatMap(messagesIn);

describe('the Chinese catalogue of server messages', () => {
  it('finds the messages in the source (the scan itself works)', () => {
    const samples = everyMessage.map((found) => found.sample);
    expect(samples).toContain('Wrong email or password');
    expect(samples).toContain('This customer has orders; archive it instead of deleting it');
    expect(everyMessage.length).toBeGreaterThan(150);
  });

  it('has every message the server can write', () => {
    const missing = everyMessage
      .filter((found) =>
        found.exact ? translate(found.sample, 'zh-CN') === found.sample : !isTranslated(found.sample),
      )
      .filter((found) => /[A-Za-z]{2,}/.test(found.sample))
      .map((found) => `${found.where}  ${JSON.stringify(found.sample)}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('translates placeholders’ values in turn and keeps what it does not know', () => {
    expect(translate('Customer not found', 'zh-CN')).toBe('未找到客户');
    expect(translate('Invalid email, name', 'zh-CN')).toBe('以下字段有误：email, name');
    expect(translate('Customer not found', 'en')).toBe('Customer not found');
    expect(translate('Something the catalogue lacks', 'zh-CN')).toBe('Something the catalogue lacks');
  });
});
