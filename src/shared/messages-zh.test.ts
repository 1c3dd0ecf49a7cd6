import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { untranslatedEnglish } from '../../test/helpers/untranslated-english.ts';
import { zhFieldLabels } from './field-labels-zh.ts';
import { zhMessageParts } from './messages-zh.ts';
import { isTranslated, translate } from './translate.ts';

/**
 * Every message the server can write for a person, found in the source: AppError messages and
 * fields, notFound/forbidden/invalid, zod's custom messages (`message:`, `.min(n, '…')`, `.int('…')`,
 * `.refine`, `addIssue`), what `translate()` is given, values named message/problem/failure, what
 * functions named `…Problem` return, import problems (`new Invalid('…')`, `error: '…'`) and the
 * errors of the few plain functions whose message is passed on to the caller. A template literal
 * stands for every text it can make: each `${…}` is a value (a `{placeholder}` in the catalogue),
 * except a choice between texts (`${n === 1 ? '' : 's'}`, `a ? 'x' : 'y'`, `a ?? 'z'`, `'x' + y`),
 * which stands for each text it can choose. The command line (src/cli) speaks English only.
 */
const root = join(import.meta.dirname, '..');

/** Plain errors whose message a route passes on to the caller (as a validation problem). */
const errorsPassedOn = new Set(['shared/rfm-segment-map.ts']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return ['migrations', 'cli'].includes(entry.name) ? [] : sourceFiles(path);
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

const cartesian = (parts: string[][]): string[] =>
  parts.reduce<string[]>((texts, options) => texts.flatMap((text) => options.map((option) => text + option)), ['']);

/** Each text an expression can make, with `X` for each value; undefined when it makes none of its own. */
function samplesOf(node: ts.Node | undefined): string[] | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node)) return samplesOf(node.expression);
  if (ts.isTemplateExpression(node))
    return cartesian([
      [node.head.text],
      ...node.templateSpans.flatMap((span) => [samplesOf(span.expression) ?? ['X'], [span.literal.text]]),
    ]);
  const choice = ts.isConditionalExpression(node)
    ? [node.whenTrue, node.whenFalse]
    : ts.isBinaryExpression(node) &&
        [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(node.operatorToken.kind)
      ? [node.left, node.right]
      : undefined;
  if (choice) {
    const options = choice.map(samplesOf);
    return options.some(Boolean) ? options.flatMap((texts) => texts ?? ['X']) : undefined;
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const sides = [samplesOf(node.left), samplesOf(node.right)];
    return sides.some(Boolean) ? cartesian(sides.map((texts) => texts ?? ['X'])) : undefined;
  }
  return undefined;
}

const zodMessageMethods = new Set(['min', 'max', 'length', 'regex', 'refine', 'superRefine', 'gt', 'gte', 'lt', 'lte']);
/** Zod checks whose only argument may be the message. */
const zodMessageOnlyMethods = new Set(['int', 'positive', 'nonnegative', 'negative', 'nonpositive', 'finite']);
const messageNames = /^(message|failure|problem)$/;

const nameOf = (node: ts.Node | undefined) =>
  node && (ts.isIdentifier(node) || ts.isPropertyAccessExpression(node)) ? node.getText() : '';

/** The name a function is known by: its own, or that of the variable or property holding it. */
function functionName(node: ts.Node): string {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name) return node.name.getText();
  if ((ts.isArrowFunction(node) || ts.isFunctionExpression(node)) && ts.isVariableDeclaration(node.parent))
    return node.parent.name.getText();
  return '';
}

function messagesIn(file: string): Found[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const path = relative(root, file);
  const found: Found[] = [];
  const add = (node: ts.Node | undefined, exact = false) => {
    if (!node) return;
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    for (const sample of samplesOf(node) ?? []) found.push({ where: `${path}:${line + 1}`, sample, exact });
  };
  const addValues = (node: ts.Node | undefined) => {
    if (node && ts.isObjectLiteralExpression(node))
      for (const property of node.properties) if (ts.isPropertyAssignment(property)) add(property.initializer);
  };
  /** Every text in a fields argument that is not an object literal (`Object.fromEntries(… [field, '…'])`). */
  const addTextsWithin = (node: ts.Node) => {
    const isName = ts.isPropertyAssignment(node.parent) && node.parent.name === node;
    if (samplesOf(node) && !isName) return add(node);
    ts.forEachChild(node, addTextsWithin);
  };
  const addReturned = (body: ts.Node) => {
    if (!ts.isBlock(body)) return add(body);
    const visitReturns = (node: ts.Node) => {
      if (ts.isReturnStatement(node)) add(node.expression);
      if (!ts.isFunctionLike(node)) ts.forEachChild(node, visitReturns);
    };
    ts.forEachChild(body, visitReturns);
  };
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node)) {
      const constructed = node.expression.getText();
      if (constructed === 'AppError') {
        add(node.arguments?.[1]);
        const fields = node.arguments?.[2];
        if (fields && ts.isObjectLiteralExpression(fields)) addValues(fields);
        else if (fields) addTextsWithin(fields);
      }
      if (constructed === 'Invalid') add(node.arguments?.[0]);
      if (constructed === 'Error' && errorsPassedOn.has(path)) add(node.arguments?.[0]);
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      const plain = ts.isIdentifier(callee);
      if (name === 'notFound' && plain) add(node.arguments[0], true);
      if ((name === 'forbidden' || name === 'translate') && plain) add(node.arguments[0]);
      if (name === 'invalid' && plain) addValues(node.arguments[0]);
      if (name === 'addIssue' && node.arguments.length === 2) add(node.arguments[1]);
      if (zodMessageMethods.has(name) && !plain) {
        const last = node.arguments[node.arguments.length - 1];
        if (node.arguments.length > 1 || name === 'refine') add(last);
        addValues(last);
      }
      if (zodMessageOnlyMethods.has(name) && !plain) {
        add(node.arguments[0]);
        addValues(node.arguments[0]);
      }
    }
    if (ts.isPropertyAssignment(node) && ['message', 'error'].includes(node.name.getText())) add(node.initializer);
    if (
      ts.isBinaryExpression(node) &&
      node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      messageNames.test(node.left.getText())
    )
      add(node.right);
    if (ts.isVariableDeclaration(node) && messageNames.test(node.name.getText())) add(node.initializer);
    if (ts.isFunctionLike(node) && /Problem$/.test(functionName(node)) && 'body' in node && node.body)
      addReturned(node.body as ts.Node);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const everyMessage = sourceFiles(root).flatMap(messagesIn);

/**
 * The field names the source gives invalid() and AppError (`lines.X.productId` for a template), and
 * the paths of zod issues it adds: each names a field of `error.fields`, which needs a Chinese label.
 */
function fieldNamesIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  const addKeys = (node: ts.Node | undefined) => {
    if (!node || !ts.isObjectLiteralExpression(node)) return;
    for (const { name } of node.properties) {
      if (name && (ts.isIdentifier(name) || ts.isStringLiteral(name))) names.push(name.text);
      else if (name && ts.isComputedPropertyName(name)) names.push(...(samplesOf(name.expression) ?? []));
    }
  };
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && node.expression.getText() === 'AppError') addKeys(node.arguments?.[2]);
    if (ts.isCallExpression(node) && nameOf(node.expression) === 'invalid') addKeys(node.arguments[0]);
    if (
      ts.isPropertyAssignment(node) &&
      node.name.getText() === 'path' &&
      ts.isArrayLiteralExpression(node.initializer)
    )
      for (const element of node.initializer.elements) names.push(...(samplesOf(element) ?? []));
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/**
 * Errors a route sends by hand (`reply.send({ error: { message } })`) rather than through the error
 * handler: their message must be rendered by translate().
 */
function untranslatedSends(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAssignment(node) &&
      node.name.getText() === 'message' &&
      ts.isObjectLiteralExpression(node.parent) &&
      ts.isPropertyAssignment(node.parent.parent) &&
      node.parent.parent.name.getText() === 'error' &&
      !(ts.isCallExpression(node.initializer) && nameOf(node.initializer.expression) === 'translate')
    ) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart());
      found.push(`${relative(root, file)}:${line + 1}  ${node.initializer.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * Latin words a translation may keep: identifiers of the English text (camelCase, snake_case,
 * CAPITALS, paths, quoted or `code`), the examples it gives ("such as CNY"), names and commands.
 */
const identifierLike = /^(?=.*[a-z][A-Z]|.*[_/]|[A-Z0-9-]{2,}$)/;
const keptWords = [
  ...['Guanxi', 'PGlite', 'PostgreSQL', 'Debian', 'Ubuntu', 'apt-get install', 'postgresql-client', 'npm install'],
  ...['true', 'false', 'from'],
];
const identifiersOf = (english: string) => [
  ...(english.match(/[\w./-]+/g) ?? []).filter((word) => identifierLike.test(word)),
  ...[...english.matchAll(/"([^"]+)"|`([^`]+)`|\b(?:such as|like) ([^;:,()]+)/g)].flatMap((match) =>
    (match[1] ?? match[2] ?? match[3] ?? '').split(/\s+/),
  ),
  ...keptWords,
];

describe('the Chinese catalogue of server messages', () => {
  it('finds the messages in the source (the scan itself works)', () => {
    const samples = everyMessage.map((found) => found.sample);
    expect(samples).toContain('Wrong email or password');
    expect(samples).toContain('This customer has orders; archive it instead of deleting it');
    // A choice between texts stands for each of them; concatenations and fields built by code are read too.
    expect(samples).toContain('Analysis run (none yet: run an analysis first)');
    expect(samples).toContain('Too many failed attempts; try again in X seconds');
    expect(samples).toContain('must not be your email or name');
    expect(samples).toContain('was erased and cannot be set again');
    expect(samples).toContain('must be a cursor from nextCursor');
    expect(samples).toContain('No route X X');
    expect(everyMessage.length).toBeGreaterThan(300);
  });

  it('has every message the server can write, with no English left in its Chinese', () => {
    const missing = everyMessage
      .filter((found) => {
        const chinese = translate(found.sample, 'zh-CN');
        if (found.exact ? chinese === found.sample : !isTranslated(found.sample)) return true;
        return untranslatedEnglish(chinese, identifiersOf(found.sample)).length > 0;
      })
      .filter((found) => /[A-Za-z]{2,}/.test(found.sample))
      .map((found) => `${found.where}  ${JSON.stringify(found.sample)}  ${translate(found.sample, 'zh-CN')}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('gives each English message once across its parts', () => {
    const keys = zhMessageParts.flatMap((part) => Object.keys(part));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('has a Chinese label for every field the source names in an error', () => {
    const names = sourceFiles(root).flatMap(fieldNamesIn);
    expect(names).toEqual(expect.arrayContaining(['lines.X.productId', 'disabled', 'role', 'cutPoints', 'totpCode']));
    const unlabelled = names
      .flatMap((name) => name.split('.'))
      .filter((part) => part !== 'X' && !/^\d+$/.test(part) && !Object.hasOwn(zhFieldLabels, part));
    expect([...new Set(unlabelled)]).toEqual([]);
  });

  it('renders every error sent by hand through translate()', () => {
    expect(sourceFiles(root).flatMap(untranslatedSends)).toEqual([]);
  });

  it('translates placeholders’ values in turn and keeps what it does not know', () => {
    expect(translate('Customer not found', 'zh-CN')).toBe('未找到客户');
    expect(translate('Customer not found', 'en')).toBe('Customer not found');
    expect(translate('Something the catalogue lacks', 'zh-CN')).toBe('Something the catalogue lacks');
  });

  it('names fields by their Chinese labels, their positions in a list, or else their identifiers', () => {
    expect(translate('Invalid email, name', 'zh-CN')).toBe('以下字段有误：邮箱、名称');
    expect(translate('Invalid email, name', 'en')).toBe('Invalid email, name');
    expect(translate('sku is already in use', 'zh-CN')).toBe('产品编号已被使用');
    expect(translate('Invalid body', 'zh-CN')).toBe('以下字段有误：请求内容');
    expect(translate('Invalid lines.0.quantity, lines.12', 'zh-CN')).toBe('以下字段有误：第 1 行的数量、第 13 行');
    expect(translate('Invalid tags.2', 'zh-CN')).toBe('以下字段有误：标签的第 3 项');
    expect(translate('Invalid rfm.recency.cutPoints.1', 'zh-CN')).toBe(
      '以下字段有误：RFM 评分的最近购买（R）的分界点 2',
    );
    expect(translate('Invalid mapping.Kunde, constructor', 'zh-CN')).toBe('以下字段有误：列对应的Kunde、constructor');
    expect(translate("This person's data was erased; phone, email can no longer be changed", 'zh-CN')).toBe(
      '此人的个人信息已删除，电话、邮箱不能再修改',
    );
  });
});
