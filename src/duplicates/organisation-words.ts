/**
 * Words of an organisation's legal form, which the organisation key leaves out (docs/duplicates.md).
 * Like the place lists, changing them changes stored keys: replace the SQL functions in a new migration.
 */

/** Never part of a trade name: removed wherever they stand ("…有限公司上海分公司"). */
export const legalFormsAnywhere = ['股份有限公司', '有限责任公司', '有限公司'] as const;

/** Removed at the end of a name, repeatedly ("华信集团公司" → "华信"), and when alone in brackets ("（集团）"). */
export const legalFormSuffixes = [
  '特殊普通合伙',
  '合伙企业',
  '有限合伙',
  '普通合伙',
  '股份公司',
  '集团公司',
  '总公司',
  '公司',
  '集团',
  '股份',
] as const;

/**
 * Latin legal forms, removed as whole words at the end, repeatedly ("Acme Trading Co., Ltd." → "acme trading").
 * Dots are dropped before (S.A. → sa, L.L.C. → llc), so only the dotless spellings are listed.
 */
export const latinLegalForms = [
  'co',
  'coltd',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'pte',
  'pty',
  'bv',
  'group',
] as const;

/**
 * A name ending in one of these is a branch (分公司), which is kept apart from its head office: its legal
 * form at the end is not removed, and a place before it stays ("华信有限公司上海分公司" → "华信上海分公司").
 */
export const branchWords = ['分公司', '分厂', '分店', '分行', '支行', '分部', '分所', '办事处', '营业部'] as const;
