import type { enPrivacy } from './en-privacy.ts';
import type { Labels } from './labels.ts';

/** 个人信息: 导出、删除（匿名化）与保存期限 (part of zh-cn.ts). */
export const zhCNPrivacy: Labels<typeof enPrivacy> = {
  privacy: {
    export: '导出个人信息',
    exportHint: '把系统中关于此人的全部信息下载为一个 JSON 文件；导出会记入审计日志',
    erase: '删除个人信息',
    eraseConfirmTitle: '删除 {{name}} 的全部个人信息？',
    eraseConfirmText:
      '其姓名、电话、邮箱、地址和备注，相关沟通记录与任务的文字，以及审计日志中的这些值，都会在各处替换为“[erased]”。订单及其金额保留。此操作无法撤销。',
    continue: '继续',
    typeNameTitle: '确认删除',
    typeNameText: '请输入此人的姓名“{{name}}”，以永久删除其个人信息。',
    typeNameLabel: '姓名',
    typeNameMismatch: '请输入与显示完全相同的姓名',
    eraseNow: '永久删除',
    erased: '个人信息已删除',
    erasedBadge: '个人信息已删除',
    settings: {
      title: '隐私',
      retention: '联系人个人信息的保存期限',
      retentionHint: '客户归档满这些年后，其联系人的个人信息每天自动匿名化，如同本人要求删除。留空则一直保存。',
      years: '归档后年数',
      yearsSuffix: '年',
      keepForever: '一直保存',
      saved: '隐私设置已保存',
      readOnly: '只有管理员可以修改此设置。',
      moreHint: '导出或删除某个人的信息，请在客户页面或联系人列表中操作。',
    },
  },
};
