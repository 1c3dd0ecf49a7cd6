import { zhImportMessages } from '../imports/messages-zh.ts';
import { zhCustomerMessages } from './messages-zh/customers.ts';
import { zhDuplicateMessages } from './messages-zh/duplicates.ts';
import { zhGeneralMessages } from './messages-zh/general.ts';
import { zhPurchaseMessages } from './messages-zh/purchases.ts';
import { zhSignInMessages } from './messages-zh/sign-in.ts';

/**
 * The server's messages in Chinese, keyed by their English (see translate.ts). `{name}` stands for a
 * value the message carries; values are translated in turn when the catalogue knows them (record
 * types, fields' problems), else kept (numbers, names, identifiers); `{field}` and `{fields}` hold
 * field identifiers, named by their labels (field-labels-zh.ts). A test reads the source for
 * every message the server can write and fails on one missing here, or on English left in its Chinese.
 * The parts, by area, use the web app's words (web/src/i18n/zh-cn*.ts).
 */
export const zhMessageParts = [
  zhGeneralMessages,
  zhSignInMessages,
  zhCustomerMessages,
  zhDuplicateMessages,
  zhPurchaseMessages,
  zhImportMessages,
] as const;

export const zhMessages: Record<string, string> = Object.assign({}, ...zhMessageParts);
