/** The Chinese of answers any route may give, and of fields' problems shared by many forms (part of messages-zh.ts). */
export const zhGeneralMessages: Record<string, string> = {
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
  'The web app is not built yet: run `npm run build:web` (npm install does it too).':
    '网页应用尚未构建：请运行 `npm run build:web`（npm install 也会构建）。',
  "The request's host is not a plain host name and port; set GUANXI_PUBLIC_URL to say where users reach the app":
    '请求中的主机不是普通的主机名加端口：请设置 GUANXI_PUBLIC_URL，指明用户访问本系统的地址',
  'is not a host name': '不是有效的主机名',

  // What the database refuses
  'A referenced record does not exist': '引用的记录不存在',
  'A value is malformed': '有一个值的格式不正确',
  'A text contains a character that cannot be stored (such as NUL)': '文本中含有无法保存的字符（例如 NUL）',
  '{field} is already in use': '{field}已被使用',
  'Already exists': '已存在',
  'already in use': '已被使用',
  invalid: '无效',

  // Paging
  'Invalid cursor': '分页游标无效',
  'is not a cursor from this list': '不是此列表给出的游标',
  'does not fit this sort order': '与当前的排序方式不符',
  'must be a cursor from nextCursor': '应为 nextCursor 给出的游标',

  // Fields' problems shared by many forms
  'is required': '必填',
  'must be at most {max} characters': '最多 {max} 个字符',
  'must be at least {min} characters': '至少 {min} 个字符',
  'must be at most {max}': '不能大于 {max}',
  'must be at least {min}': '不能小于 {min}',
  'must be {min} to {max}': '应在 {min} 到 {max} 之间',
  'must be 0 or more': '不能小于 0',
  'must not be negative': '不能为负数',
  'must be a whole number': '应为整数',
  'must be true or false': '应为是或否（true/false）',
  'must be one of: {values}': '应为以下之一：{values}',
  'must be zh-CN or en': '应为 zh-CN 或 en',
  'must be an email address': '应为有效的邮箱地址',
  'must be a phone number': '应为有效的电话号码',
  'must be an amount with at most two decimals': '应为金额，最多两位小数',
  'must be a three-letter currency code such as CNY': '应为三个字母的币种代码，例如 CNY',
  'must be a date like 2024-01-31': '应为日期，例如 2024-01-31',
  'must be a date like 2025-12-31': '应为日期，例如 2025-12-31',
  'must be a month like 2025-01': '应为月份，例如 2025-01',
  'must be a date and time like 2024-01-31T10:00:00+08:00': '应为日期和时间，例如 2024-01-31T10:00:00+08:00',
  'must be a date and time': '应为日期和时间',
  'must be in the future': '应为将来的时间',

  // Identifiers
  'must be a {what} id': '应为有效的编号',
  'must be a record id': '应为记录编号',
  'must be a customer id': '应为客户编号',
  'must be a contact id': '应为联系人编号',
  'must be a product id': '应为产品编号',
  'must be a user id': '应为用户编号',
  'must be a rule id': '应为规则编号',
  'must be a pyramid id': '应为价值金字塔编号',
  'must be a value pyramid id': '应为价值金字塔编号',
  'must be a notification id': '应为通知编号',
  'must be a token id': '应为 API 令牌编号',
};
