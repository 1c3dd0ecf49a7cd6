/**
 * The Chinese of the import's messages (summaries, phases, row problems), part of
 * src/shared/messages-zh.ts: keyed by the English the import writes, `{name}` for a value it puts in.
 * src/imports/messages-zh.test.ts makes every message the import can write and checks it is here.
 */
export const zhImportMessages: Record<string, string> = {
  // The job's summary (import-summary.ts); {unit} is one of the four kinds below.
  'The file has a header but no rows: nothing to import.': '文件只有表头，没有数据行：没有可导入的内容。',
  'Dry run: {good} of {read} rows would be imported.': '试运行：共 {read} 行，可导入 {good} 行。',
  'Dry run: {good} of {read} rows would be imported; rows with errors: {rejected}.':
    '试运行：共 {read} 行，可导入 {good} 行；{rejected} 行有错误。',
  'Dry run: {good} of {read} rows would be imported; rows with errors: {rejected} (with on error = abort, nothing would be).':
    '试运行：共 {read} 行，可导入 {good} 行；{rejected} 行有错误（出错时选择“中止”，将不会导入任何数据）。',
  'Nothing was imported: {rejected} of {read} rows have errors (on error = abort).':
    '未导入任何数据：共 {read} 行，{rejected} 行有错误（出错时中止）。',
  'Imported {good} of {read} rows: {inserted} new, {updated} changed, {unchanged} unchanged {unit}.':
    '已导入 {good} 行（共 {read} 行）：{unit}新增 {inserted} 个，更改 {updated} 个，未变 {unchanged} 个。',
  'Imported {good} of {read} rows: {inserted} new, {updated} changed, {unchanged} unchanged {unit}; rows with errors: {rejected}.':
    '已导入 {good} 行（共 {read} 行）：{unit}新增 {inserted} 个，更改 {updated} 个，未变 {unchanged} 个；{rejected} 行有错误。',
  customers: '客户',
  contacts: '联系人',
  products: '产品',
  orders: '订单',

  // While it runs (import-progress.ts), and when it stops (import-runner.ts, import-jobs.repo.ts)
  'Reading and validating the rows': '正在读取并校验各行',
  'Checking references and repeated keys': '正在检查引用和重复的编号',
  'Writing the rows': '正在写入数据',
  'Interrupted: the process running the import stopped before it finished; nothing of this file was written.':
    '已中断：运行导入的进程在完成前停止了；此文件的数据均未写入。',
  'Interrupted: {reason} before it finished; nothing of this file was written.':
    '已中断：{reason}，导入未完成；此文件的数据均未写入。',
  'the import was stopped': '导入被停止',
  'The server stopped': '服务器已停止',
  'guanxi import received {signal}': 'guanxi import 收到 {signal} 信号',
  'The import failed: {error}': '导入失败：{error}',

  // The file
  'The file is empty': '文件是空的',
  'is empty': '为空',
  'No file': '没有文件',
  'Error file': '错误文件',
  Import: '导入记录',
  'Only administrators and managers import data': '只有管理员和总经理可以导入数据',
  'Send the file as multipart/form-data': '请以 multipart/form-data 格式发送文件',
  'must be sent as multipart/form-data': '必须以 multipart/form-data 格式发送',
  'The upload is not well-formed multipart/form-data: {detail}':
    '上传的内容不是格式正确的 multipart/form-data：{detail}',
  'must be sent as a complete multipart/form-data part': '必须作为完整的 multipart/form-data 部分发送',
  'Invalid mapping': '列对应有误',
  'must be a JSON object of header → column or null': '必须是 JSON 对象：表头 → 列名，或表示忽略的空值',
  'The file is not valid CSV near line {line}: {detail}': '文件第 {line} 行附近不是有效的 CSV：{detail}',
  'not valid CSV near line {line}': '第 {line} 行附近不是有效的 CSV',
  'The file is UTF-16; save it as CSV (UTF-8) or CSV (GBK)': '文件是 UTF-16 编码；请另存为 CSV（UTF-8）或 CSV（GBK）',
  'is UTF-16': '是 UTF-16 编码',
  'The file is not valid UTF-8; is it GBK?': '文件不是有效的 UTF-8，是否为 GBK？',
  'The file is not valid GBK; is it UTF-8?': '文件不是有效的 GBK，是否为 UTF-8？',
  'the file is not UTF-8': '文件不是 UTF-8 编码',
  'the file is not GBK': '文件不是 GBK 编码',
  'Unknown time zone {timeZone}': '未知的时区 {timeZone}',
  'must be an IANA time zone like Asia/Shanghai': '必须是 IANA 时区，例如 Asia/Shanghai',

  // Headers and the mapping (headers.ts)
  'Unknown columns: {columns}': '未知的列：{columns}',
  'unknown columns {columns}; known are {known}': '未知的列 {columns}；可用的列：{known}',
  'The header {header} appears more than once': '表头 {header} 出现了不止一次',
  'header {header} appears more than once': '表头 {header} 出现了不止一次',
  'Columns mapped more than once: {columns}': '以下列被重复对应：{columns}',
  'mapped more than once: {columns}': '被重复对应：{columns}',
  'The file lacks required columns: {columns}': '文件缺少必填列：{columns}',
  'lacks required columns {columns}': '缺少必填列 {columns}',

  // A cell's problems (row-validation.ts, fields.ts, amounts.ts, dates.ts); 'is required' and 'must not be
  // negative' are in the general part (src/shared/messages-zh/general.ts)
  'has {count} fields; the header has {headerCount}': '有 {count} 个字段，而表头只有 {headerCount} 个',
  'contains a NUL character': '含有 NUL 字符',
  'has bytes that are not text in this encoding (is the file GBK?)':
    '含有在此编码下无法识别为文字的字节（文件是否为 GBK 编码？）',
  'is longer than {max} characters': '超过 {max} 个字符',
  'is not an email address': '不是有效的邮箱地址',
  'is not a phone number': '不是有效的电话号码',
  'must be one of {values}': '必须是以下之一：{values}',
  'has more than 30 tags': '标签超过 30 个',
  'has a tag longer than 50 characters': '有标签超过 50 个字符',
  'has a tag with a control character': '有标签含有控制字符',
  'must be a currency code like CNY or USD': '必须是币种代码，例如 CNY 或 USD',
  'must be a whole number from {min} to {max}': '必须是 {min} 到 {max} 之间的整数',
  'has misplaced thousands separators': '千位分隔符的位置不对',
  'must be a number like 1,234.50': '必须是数字，例如 1,234.50',
  'has more than {scale} decimal places': '小数超过 {scale} 位',
  'is too large': '数值太大',
  'must be more than zero': '必须大于零',
  'must be a date like 2024-01-31 or 2024-01-31 10:30': '必须是日期，例如 2024-01-31 或 2024-01-31 10:30',
  'has a year outside 1900–2999': '年份不在 1900–2999 之间',
  'is not a calendar date': '不是有效的日期',
  'is not a time of day': '不是有效的时间',
  'has an impossible UTC offset': '时区偏移不正确',

  // A row's problems found in SQL (row-problems.ts)
  'repeats line {line} (the same key twice in one file)': '与第 {line} 行重复（同一编号在文件中出现了两次）',
  'is not the email of an active user': '不是在职用户的邮箱',
  'this organization has contacts, so it must stay an organization': '该组织已有联系人，只能保持为组织',
  'no customer has this external id': '没有客户使用此编号',
  'this customer is a person; contacts belong to organizations': '该客户是个人；联系人只能属于组织',
  'no product has this SKU': '没有产品使用此产品编号',
  'differs from line {line} of the same order ({value})': '与同一订单第 {line} 行的值（{value}）不同',
  'another line of this order has an error (line {line})': '此订单的另一行有错误（第 {line} 行）',
};
