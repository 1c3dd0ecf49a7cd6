/** English labels of money (part of en.ts): what a sum of several currencies says instead of a number. */
export const enMoney = {
  money: {
    severalCurrencies: 'several currencies ({{codes}})',
    severalCurrenciesShort: 'several currencies',
  },
};
