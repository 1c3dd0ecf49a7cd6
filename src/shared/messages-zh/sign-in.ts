/** The Chinese of sign-in, two-factor sign-in, passwords, the team and API tokens (part of messages-zh.ts). */
export const zhSignInMessages: Record<string, string> = {
  // Signing in
  'Wrong email or password': '邮箱或密码错误',
  'Log in first': '请先登录',
  'Guanxi is already set up; log in instead': '关系系统已经初始化，请直接登录',
  "Wrong setup code: it is printed in the server's console and log": '设置码不正确：请从服务器控制台或日志中复制',
  'is wrong': '不正确',
  'A request from another site was refused: use the app itself, or an API token':
    '已拒绝来自其他网站的请求：请直接使用本应用，或使用 API 令牌',
  'Too many failed attempts; try again in {seconds} second{s}': '尝试失败次数过多，请在 {seconds} 秒后重试',
  'Too many failed logins for this account or from this address: solve a challenge from POST /api/v1/auth/challenge and send it with the login':
    '此账户或此地址登录失败次数过多：请先完成 POST /api/v1/auth/challenge 给出的安全检查，并随登录一起提交',
  'The login challenge was refused: {field} {problem}': '登录安全检查未通过：{problem}',
  'is not a challenge from POST /auth/challenge': '不是 POST /auth/challenge 给出的安全检查',
  'is required with a challenge': '提交安全检查时必填',
  'is unknown, already used or expired': '不存在、已使用或已过期',
  'does not solve the challenge': '没有解出安全检查',

  // Two-factor sign-in
  'Set up two-factor sign-in first: administrators must use it': '请先设置两步验证：管理员必须使用两步验证',
  'Enter the 6-digit code from your authenticator app': '请输入身份验证器应用显示的 6 位验证码',
  'The two-factor code is wrong, expired or already used': '两步验证码不正确、已过期或已使用',
  'is wrong, expired or already used': '不正确、已过期或已使用',
  'Two-factor sign-in is already on; turn it off first to set up another device':
    '两步验证已开启；要换一台设备，请先关闭它',
  'start setting up two-factor sign-in first': '请先开始设置两步验证',
  'Two-factor sign-in is not on': '两步验证未开启',
  'administrators must keep two-factor sign-in while the setting requires it':
    '设置要求管理员使用两步验证期间，管理员不能关闭它',
  'give a current code or your password': '请输入当前的验证码或你的密码',
  'Only administrators change this setting': '只有管理员可以修改此设置',
  'turn on two-factor sign-in for your own account first': '请先为你自己的账户开启两步验证',
  'Only administrators reset two-factor sign-in': '只有管理员可以重置两步验证',

  // Passwords
  'The current password is wrong': '当前密码不正确',
  'Choose a new password, not the temporary one': '请设置新密码，不能沿用临时密码',
  'must differ from the temporary password': '不能与临时密码相同',
  'must not contain control characters (such as tab or NUL)': '不能含控制字符（如制表符或 NUL）',
  'must not be only spaces': '不能全是空格',
  'is too common: it is on a list of common or leaked passwords': '太常见：此密码在常见或已泄露密码列表中',
  'must not be your email or name': '不能是你的邮箱或姓名',
  'Change your own password on the Account page, with your current one': '请在“账户”页面凭当前密码修改你自己的密码',
  'change your own password on the Account page': '请在“账户”页面修改你自己的密码',

  // The team
  User: '用户',
  'Only administrators manage users': '只有管理员可以管理用户',
  'A user with this email exists': '已有使用此邮箱的用户',
  'You cannot disable yourself or remove your own admin role': '你不能停用自己，也不能取消自己的管理员角色',
  'not allowed on your own account': '不能用于你自己的账户',

  // API tokens
  Token: 'API 令牌',
  'must be a whole number of days': '应为整数天',
  'must be a whole number of days from 1 to {max}': '应为 1 到 {max} 之间的整数天',
  'must be a date and time such as 2026-06-30T18:00:00+08:00': '应为日期和时间，例如 2026-06-30T18:00:00+08:00',
  'give either expiresAt or expiresInDays, not both': 'expiresAt 和 expiresInDays 只能给出一个',
  'must be at most {days} days from now': '最晚为 {days} 天后',
};
