import type { enDuplicates } from './en-duplicates.ts';
import type { Labels } from './labels.ts';

/** 客户和联系人表单中的查重提示（zh-cn.ts 的一部分）。 */
export const zhCNDuplicates: Labels<typeof enDuplicates> = {
  duplicates: {
    title: '可能重复：',
    certain: '重复',
    likely: '可能相同',
    contactOf: '{{customer}} 的联系人',
    ownedBy: '关系经理 {{name}}',
    noOwner: '无关系经理',
    hidden: '已有客户属于 {{owner}}（{{role}}）',
    hiddenNoOwner: '已有客户，尚未分配关系经理',
    separator: '、',
    saveAnyway: '仍可保存。',
    saveAnywayTalk: '仍可保存；若是同一客户，请先与其关系经理沟通。',
    reason: {
      samePhone: '电话相同',
      sameEmail: '邮箱相同',
      sameOrganisation: '单位相同',
      sameOrganisationElsewhere: '单位同名，地区不同',
      similarOrganisation: '单位名称相近',
      similarName: '姓名相近',
      sameName: '姓名相同',
    },
  },
};
