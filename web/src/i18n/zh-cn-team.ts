import type { enTeam } from './en-team.ts';
import type { Labels } from './labels.ts';

/** 管理员修改用户：姓名、邮箱、重置密码（zh-cn.ts 的一部分）。 */
export const zhCNTeam: Labels<typeof enTeam> = {
  team: {
    edit: '编辑',
    editTitle: '编辑 {{name}}',
    saved: '用户已保存',
    resetPassword: '重置密码',
    resetTitle: '重置 {{name}} 的密码',
    resetHint: '对方下次登录时必须设置自己的密码。其会话、API 令牌和日历订阅即刻失效。',
    resetMode: '临时密码',
    generate: '自动生成',
    choose: '自己设置',
    temporaryPassword: '临时密码',
    reset: '重置',
    resetDone: '密码已重置',
    shownOnce: '请当面或电话告知 {{name}} 此密码。它只显示这一次。',
    changeRequired: '须修改密码',
    changeRequiredTitle: '设置新密码',
    changeRequiredHint: '管理员重置了你的密码。请设置你自己的密码后继续。',
  },
};
