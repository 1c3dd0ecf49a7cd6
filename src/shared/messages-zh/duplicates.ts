/** The Chinese of the duplicate check (查重) (part of messages-zh.ts). */
export const zhDuplicateMessages: Record<string, string> = {
  'is required when checking a customer': '查重客户时必填',
  'give a name, a phone or an email to check': '请填写名称、电话或邮箱中的至少一项以查重',
};
