import type { enMoney } from './en-money.ts';
import type { Labels } from './labels.ts';

/** 金额的简体中文标签（zh-cn.ts 的一部分）：多种货币的合计不显示为一个数。 */
export const zhCNMoney: Labels<typeof enMoney> = {
  money: {
    severalCurrencies: '多种货币（{{codes}}）',
    severalCurrenciesShort: '多种货币',
  },
};
