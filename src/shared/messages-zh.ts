import { zhImportMessages } from '../imports/messages-zh.ts';

/**
 * The server's messages in Chinese, keyed by their English (see translate.ts). `{name}` stands for a
 * value the message carries; values are translated in turn when the catalogue knows them (record
 * types, fields' problems), else kept (numbers, names, identifiers). A test reads the source for
 * every message the server can write and fails on one missing here.
 */
export const zhMessages: Record<string, string> = {
  ...zhImportMessages,
  // Generic answers
  'Internal server error': '服务器内部错误',
  bad_request: '请求格式有误',
  not_found: '未找到',
  payload_too_large: '请求内容太大',
  unsupported_media_type: '不支持的内容类型',
  'Invalid {fields}': '以下字段有误：{fields}',
  '{what} not found': '未找到{what}',
  'You may not do this': '你无权执行此操作',
  'No route {method} {path}': '没有这个地址：{method} {path}',
  'A referenced record does not exist': '引用的记录不存在',
  'A value is malformed': '有一个值的格式不正确',
  'A text contains a character that cannot be stored (such as NUL)': '文本中含有无法保存的字符（例如 NUL）',
  '{field} is already in use': '{field} 已被使用',
  'Already exists': '已存在',
  'already in use': '已被使用',
  invalid: '无效',
  // Sign-in
  'Wrong email or password': '邮箱或密码错误',
};
