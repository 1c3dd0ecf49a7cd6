import type { enNeglect } from './en-neglect.ts';
import type { Labels } from './labels.ts';

/** 疏于联系报表的分页、导出文件和跟进任务的简体中文标签（zh-cn.ts 的一部分）。 */
export const zhCNNeglect: Labels<typeof enNeglect> = {
  neglectActions: {
    exportCsv: '导出 CSV',
    exportHint: '当前筛选下所有疏于联系的客户，而不只是显示的这些',
    showAll: '显示全部 {{count}} 位',
    showTop: '只显示前 {{count}} 位',
    shown: '已显示 {{shown}} / {{count}} 位',
    makeTasks: '建跟进任务',
    makeTasksSelected: '为选中的 {{count}} 位客户建任务',
    clearSelection: '取消选择',
    confirmTitle: '建跟进任务？',
    confirmAll: '为当前筛选下每位疏于联系的客户建一个任务，由该客户的关系经理负责。已有未完成任务的客户不再重复建。',
    confirmSelected: '为选中的 {{count}} 位客户各建一个任务，由该客户的关系经理负责。已有未完成任务的客户不再重复建。',
    due: '截止',
    dueToday: '今天',
    dueIn3: '3 天后',
    dueIn7: '一周后',
    counting: '正在统计…',
    willMake: '将建任务：{{count}} 个',
    skipOpen: '不建，已有未完成的任务：{{count}} 位',
    skipNoOwner: '不建，没有在职的关系经理：{{count}} 位',
    skipNotYours: '不建，由他人负责（你只能为自己负责的客户建任务）：{{count}} 位',
    nothingToMake: '没有需要建的任务。',
    confirm: '建任务',
    made: '已建任务：{{count}} 个',
  },
};
