import type { Language } from '../shared/language.ts';
import { isTranslated, translate } from '../shared/translate.ts';

/** One failed check of a request's schema, as fastify-type-provider-zod reports it. */
export interface SchemaIssue {
  /** The zod issue code: invalid_type, too_big, too_small, invalid_format, invalid_value, … */
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

const zhTypes: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '是或否（true/false）',
  array: '列表',
  object: '对象',
  date: '日期',
  bigint: '整数',
  null: '空值',
};

/**
 * What is wrong with a field, in Chinese, from the issue's code and limits (zod's own Chinese names
 * the JSON types in English, so Guanxi says it itself). A message of the schema's own ("must be a
 * date like …") is taken from the catalogue when it has it.
 */
function zhIssue(issue: SchemaIssue): string {
  const own = issue.message ?? '';
  // zod's own English begins "Invalid input…", "Invalid option…", which the error's "Invalid {fields}" would swallow.
  if (own && !own.startsWith('Invalid ') && isTranslated(own)) return translate(own, 'zh-CN');
  const p = issue.params ?? {};
  const origin = String(p.origin ?? '');
  const limit = String(p.maximum ?? p.minimum ?? '');
  const unit = origin === 'string' ? ' 个字符' : origin === 'array' || origin === 'set' ? ' 项' : '';
  switch (issue.keyword) {
    case 'invalid_type':
      return /received undefined/.test(own) ? '必填' : `应为${zhTypes[String(p.expected)] ?? '其他类型'}`;
    case 'too_big':
      if (unit) return `最多 ${limit}${unit}`;
      return p.inclusive === false ? `必须小于 ${limit}` : `不能大于 ${limit}`;
    case 'too_small':
      if (origin === 'string' && limit === '1') return '不能为空';
      if (unit) return `至少 ${limit}${unit}`;
      return p.inclusive === false ? `必须大于 ${limit}` : `不能小于 ${limit}`;
    case 'invalid_format':
      return zhFormats[String(p.format)] ?? '格式不正确';
    case 'invalid_value':
      return `应为以下之一：${((p.values as unknown[]) ?? []).map(String).join('、')}`;
    case 'unrecognized_keys':
      return `不认识的字段：${((p.keys as string[]) ?? []).join('、')}`;
    case 'not_multiple_of':
      return `应为 ${String(p.divisor)} 的倍数`;
    case 'invalid_union':
      return '不符合任何一种允许的形式';
    default:
      return '无效';
  }
}

const zhFormats: Record<string, string> = {
  email: '不是有效的邮箱地址',
  url: '不是有效的网址',
  uuid: '不是有效的编号',
  guid: '不是有效的编号',
  datetime: '不是有效的日期时间',
  date: '不是有效的日期（例如 2024-01-31）',
  time: '不是有效的时间',
  regex: '格式不正确',
  starts_with: '开头不正确',
  ends_with: '结尾不正确',
  includes: '缺少必需的内容',
};

/** A failed schema check in the reader's language: zod's English as it is, or Guanxi's Chinese. */
export function issueMessage(issue: SchemaIssue, language: Language): string {
  return language === 'zh-CN' ? zhIssue(issue) : (issue.message ?? 'invalid');
}
