import type { enSignIn } from './en-sign-in.ts';
import type { Labels } from './labels.ts';

/** 首次设置码与登录限流的中文文案（zh-cn.ts 的一部分）。 */
export const zhCNSignIn: Labels<typeof enSignIn> = {
  signIn: {
    setupCode: '设置码（显示在服务器控制台中）',
    setupCodeHint: '服务器在没有任何用户时启动，会在控制台和日志中显示这个一次性设置码，例如 K7QM-4XPB-T9RW。',
    setupCodeWrong: '设置码不正确：请从服务器控制台或日志中复制',
    checking: '正在验证…',
    checkingHint: '最近登录失败次数较多，浏览器会先做一个简短的安全检查。',
    tryAgainIn_one: '尝试失败次数过多，请在 {{count}} 秒后重试。',
    tryAgainIn_other: '尝试失败次数过多，请在 {{count}} 秒后重试。',
  },
};
