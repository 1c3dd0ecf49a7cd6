/**
 * The Chinese of customers, contacts, contacts logged, tasks, contact rules, notifications and
 * personal data (part of messages-zh.ts).
 */
export const zhCustomerMessages: Record<string, string> = {
  // Customers
  Customer: '客户',
  'Service staff read customers but do not change them': '服务人员只能查看客户，不能修改',
  'Only managers assign customers to relationship managers': '只有总经理可以把客户分配给关系经理',
  'is not an active user': '不是启用中的用户',
  'not active users: {ids}': '以下用户不是启用中的用户：{ids}',
  'a customer cannot refer itself': '客户不能推荐自己',
  'is not a customer you can see': '不是你可以查看的客户',
  'a customer with contacts must stay an organization': '有联系人的客户只能是组织',
  'This customer has orders; archive it instead of deleting it': '此客户有订单，不能删除，请改为归档',
  'The customer was changed meanwhile; try again': '此客户刚被他人修改，请重试',
  'tags are at most 50 characters': '每个标签最多 50 个字符',
  'tags must not be empty': '标签不能为空',
  'at most 30 tags': '最多 30 个标签',
  'at most 50 users': '最多 50 个用户',

  // Contacts
  Contact: '联系人',
  'contacts belong to organizations; this customer is a person': '联系人属于组织，而此客户是个人',

  // Contacts logged and the neglect report
  Interaction: '联系记录',
  'at most 50 contacts': '最多 50 个联系人',
  "must be contacts of this interaction's customer": '应为本次联系所属客户的联系人',
  'Only who logged an interaction, or a manager, may change it': '只有记录人或总经理可以修改这条联系记录',
  'Only managers and relationship managers make tasks for neglected customers':
    '只有总经理和关系经理可以为疏于联系的客户建任务',
  'must name at least one customer': '至少要选一位客户',
  'at most 5000': '最多 5000 个',
  'is not a cursor from this timeline': '不是此时间线给出的游标',
  'must be kinds from {kinds}': '应为以下类型：{kinds}',

  // Tasks
  Task: '任务',
  "Only managers see the team's tasks": '只有总经理可以查看团队的任务',
  'Only managers assign tasks to someone else': '只有总经理可以把任务分配给别人',
  'must be an active user': '应为启用中的用户',
  'Only the assignee or a manager may change a task': '只有负责人或总经理可以修改任务',
  'This task is done; it can no longer be reopened or cancelled': '此任务已完成，不能再恢复或取消',
  'This task is already done': '此任务已完成',
  'This task is already cancelled': '此任务已取消',
  'this task has no customer to log an interaction with': '此任务没有关联客户，无法记录联系',

  // Contact rules, notifications, calendar feeds
  'Contact rule': '客户接触规则',
  'Only managers edit the contact rules': '只有总经理可以修改客户接触规则',
  'A rule that ships with Guanxi cannot be deleted; disable it instead': '内置规则不能删除，请改为停用',
  'must be a number of days {what}': '应为天数',
  'must be whole days': '应为整天数',
  'is required for this trigger': '此触发条件需要填写',
  'must be an RFM segment': '应为 RFM 细分',
  'must be a loyalty stage': '应为忠诚阶段',
  Notification: '通知',
  'Calendar feed': '日历订阅',

  // Personal data
  "This person's data was erased; {fields} can no longer be changed": '此人的个人信息已删除，{fields}不能再修改',
  'was erased and cannot be set again': '已删除，不能再设置',
  "Only administrators erase a person's data": '只有管理员可以删除个人信息',
  "must be the person's current name, typed again to confirm": '请再次输入此人当前的姓名以确认',
  "is required: the person's current name, typed again": '必填：请再次输入此人当前的姓名',
  "This person's data was already erased": '此人的个人信息已经删除',
  'This customer is an organization, not a person: erase its contacts one by one':
    '此客户是组织，不是个人：请逐个删除其联系人的个人信息',
  "Only administrators, managers and the customer's own relationship manager export personal data":
    '只有管理员、总经理和该客户的关系经理可以导出个人信息',
  "This customer is an organization, not a person: export its contacts' data one by one":
    '此客户是组织，不是个人：请逐个导出其联系人的个人信息',
  'must be {min} to {max} years': '应为 {min} 到 {max} 年',
  'must be a whole number of years': '应为整数年',
  'Only administrators and managers read the privacy settings': '只有管理员和总经理可以查看隐私设置',
  'Only administrators change the privacy settings': '只有管理员可以修改隐私设置',
};
