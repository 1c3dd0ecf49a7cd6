/**
 * The Chinese of products, orders, analyses, the demo company, backups and the audit log (part of
 * messages-zh.ts).
 */
export const zhPurchaseMessages: Record<string, string> = {
  // Products and orders
  Product: '产品',
  'Only managers and administrators maintain the product catalogue': '只有总经理和管理员可以维护产品目录',
  'Orders include this product; deactivate it instead of deleting it': '已有订单包含此产品，不能删除，请改为停用',
  Order: '订单',
  'is not a product': '不是产品目录中的产品',
  'must be a positive quantity': '应为正数',
  'an order has at least one line': '订单至少要有一行明细',
  'at most 1000 lines': '最多 1000 行明细',

  // Analyses
  'Analysis run': '分析',
  'Analysis run (none yet: run an analysis first)': '分析（还没有，请先运行一次分析）',
  'Only managers and administrators run analyses': '只有总经理和管理员可以运行分析',
  'Only managers and administrators delete analyses': '只有总经理和管理员可以删除分析',
  'Only managers and administrators change the analysis settings': '只有总经理和管理员可以修改分析设置',
  'Nothing to analyse: no customer has a paid purchase up to {day}. Import orders or load the demo company first':
    '没有可分析的数据：截至 {day} 还没有客户有已付款的购买。请先导入订单，或载入演示公司',
  'must be a calendar day like 2025-12-31': '应为实际存在的日期，例如 2025-12-31',
  'must not be after today ({today} in {zone})': '不能晚于今天（{zone} 时区的 {today}）',
  'must not be after to': '不能晚于 to',
  'a must be below b': 'a 应小于 b',
  'only fixed thresholds have cut points (method "fixed")': '只有固定阈值（"fixed"）才有分界点',
  'fixed thresholds need 4 cut points, between scores 1–2, 2–3, 3–4 and 4–5':
    '固定阈值需要 4 个分界点，分别位于 1–2、2–3、3–4 和 4–5 分之间',
  'cut point {index} ({cut}) must be in whole days': '第 {index} 个分界点（{cut}）应为整天数',
  'cut point {index} ({cut}) must be in whole numbers of orders': '第 {index} 个分界点（{cut}）应为整数个订单',
  'cut point {index} ({cut}) must be in amounts with at most 2 decimals':
    '第 {index} 个分界点（{cut}）应为最多两位小数的金额',
  'cut point {index} ({cut}) must be at least {least}': '第 {index} 个分界点（{cut}）不能小于 {least}',
  'cut points must be ascending: cut point {index} ({cut}) is not above cut point {previous} ({previousCut})':
    '分界点须递增：第 {index} 个分界点（{cut}）没有大于第 {previous} 个（{previousCut}）',
  'segment rule {pattern} is not two score classes like [1-2]5': '细分规则 {pattern} 不是两个得分类别（例如 [1-2]5）',
  'R{r} F{f} is assigned twice ({first}, {second})': 'R{r} F{f} 被指定了两次（{first}、{second}）',
  'no segment for R×F cells {cells}': '以下 R×F 格子没有对应的细分：{cells}',
  'Value pyramid': '价值金字塔',
  'Only managers and administrators define value pyramids': '只有总经理和管理员可以定义价值金字塔',
  'at least one indicator needs a weight': '至少要有一项指标的权重大于 0',
  'at least two tiers': '至少两层',
  'at most seven tiers': '最多七层',
  'the tiers’ shares must add up to 1': '各层比例之和应为 1',

  // The demo company
  'Only administrators load demo data': '只有管理员可以加载演示数据',
  'The database already has {customers} customers, {products} products, {orders} orders: demo data is loaded only into an empty database (use a new GUANXI_DATA_DIR or database)':
    '数据库中已有 {customers} 个客户、{products} 个产品、{orders} 个订单：演示数据只能加载到空数据库中（请换一个新的 GUANXI_DATA_DIR 或数据库）',
  'Demo users exist already ({emails}): demo data was loaded into this database before':
    '演示用户已存在（{emails}）：此数据库之前已加载过演示数据',

  // Backups
  'Only administrators download backups': '只有管理员可以下载备份',
  '{tool} failed ({how})': '{tool} 运行失败（{how}）',
  '{tool} failed ({how}): {said}': '{tool} 运行失败（{how}）：{said}',
  '{tool} failed (exit code {code})': '{tool} 运行失败（退出码 {code}）',
  '{tool} failed (exit code {code}): {said}': '{tool} 运行失败（退出码 {code}）：{said}',
  'Could not read the version of {tool} from "{said}"': '无法从“{said}”中读出 {tool} 的版本',
  "{tool} was not found: install the PostgreSQL client programs of the server's version (Debian and Ubuntu: apt-get install postgresql-client) so that it is on PATH":
    '找不到 {tool}：请安装与服务器版本相同的 PostgreSQL 客户端程序（Debian 和 Ubuntu：apt-get install postgresql-client），并使其位于 PATH 中',
  '{tool} is version {major}, older than the PostgreSQL {server} server: install the client programs of version {needed} or newer (Debian and Ubuntu: postgresql-client-{package}) and put them first on PATH':
    '{tool} 的版本是 {major}，比 PostgreSQL {server} 服务器旧：请安装 {needed} 或更新版本的客户端程序（Debian 和 Ubuntu：postgresql-client-{package}），并把它们放在 PATH 的最前面',
  '{file} is not a readable PostgreSQL backup: {reason}': '{file} 不是可读取的 PostgreSQL 备份：{reason}',
  '{file} is a PostgreSQL backup but not of a Guanxi database (it has no customers table and no Guanxi migrations)':
    '{file} 是 PostgreSQL 备份，但不是关系系统（Guanxi）的数据库（没有客户表，也没有 Guanxi 的迁移记录）',

  // The audit log
  'Only administrators read the audit log': '只有管理员可以查看审计日志',
  'must be a record type such as customer or order': '应为记录类型，例如 customer 或 order',
  'choose a user or a system actor, not both': '用户和系统操作者只能选一个',
  'must not be before from': '不能早于 from',
};
