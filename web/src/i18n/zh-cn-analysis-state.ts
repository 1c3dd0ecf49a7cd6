import type { enAnalysisState } from './en-analysis-state.ts';
import type { Labels } from './labels.ts';

/** 洞察页上新载入购买记录的分析状态的简体中文标签（zh-cn.ts 的一部分）。 */
export const zhCNAnalysisState: Labels<typeof enAnalysisState> = {
  analysisState: {
    runningTitle: '正在分析购买记录…',
    runningHint: '刚载入了新的购买记录（演示公司或导入）。分析完成后图表会自动显示在这里，无需任何操作。',
    runningUpdate: '正在分析新的购买记录，完成后图表会自动更新。',
    nothingTitle: '还没有可分析的数据',
    nothingHint:
      '分析根据客户的购买记录为客户评分：RFM 细分、ABC 分类、价值金字塔、价值计分卡和忠诚度阶梯。目前还没有任何客户购买过。',
    nothingNext: '导入客户及其订单，或载入演示公司先看看：分析会自动运行。',
    importData: '导入数据',
    loadDemo: '载入演示公司',
  },
};
