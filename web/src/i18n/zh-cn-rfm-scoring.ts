import type { enRfmScoring } from './en-rfm-scoring.ts';
import type { Labels } from './labels.ts';

/** 简体中文: RFM 评分方式与客户评分变化的原因 (part of zh-cn.ts). */
export const zhCNRfmScoring: Labels<typeof enRfmScoring> = {
  rfmScoring: {
    title: '评分方式',
    hint: '每项评分把数值与四个分界点比较：分界点取自本次分析购买客户的分位数，或固定阈值。每个区间包含其上限。',
    settings: '评分设置',
    score: '评分',
    names: { recency: '最近购买 (R)', frequency: '购买频率 (F)', monetary: '购买金额 (M)' },
    units: { recency: '距最近一次购买的天数', frequency: '订单数', monetary: '销售额' },
    methodLabel: '{{name}}的评分方式',
    methods: { quantiles: '分位数', fixed: '固定阈值' },
    methodHints: {
      quantiles: '表示客户在每次分析的购买客户中的位置：其他客户购买时也会变化。',
      fixed: '每次分析使用相同的阈值：只有客户自己的购买（以及 R 随天数推移）才会改变评分。',
    },
    range: { upTo: '≤ {{to}}', between: '{{from}}–{{to}}', from: '≥ {{from}}', above: '> {{from}}' },
    empty: '无',
    emptyHint: '有两个分界点相同：没有客户能得到这个评分。',
    notRecorded: '这次分析早于分界点的记录，没有保存分界点。',
    noBuyers: '这次分析中没有购买客户。',
    drawer: {
      intro:
        '分位数评分会随其他客户的购买而变化。固定阈值下，只有客户自己的购买改变时（R 还会随天数推移）评分才会变化。下一次分析使用这些设置。',
      cutPoints: '分界点',
      cutPointsHint: '每个分界点是其下方区间的最大值，按升序填写：{{example}}',
      examples: {
        recency: '30、90、180、365 天：30 天以内为 5 分，超过 365 天为 1 分。',
        frequency: '1、2、4、7 笔订单：1 笔为 1 分，2 笔为 2 分，3–4 笔为 3 分，5–7 笔为 4 分，8 笔及以上为 5 分。',
        monetary: '1000、5000、20000、100000：不超过 1000 为 1 分，超过 100000 为 5 分。',
      },
      cutPoint: '分界点 {{position}}',
      latest: '最近一次分析（{{asOf}}）使用：{{cuts}}',
      adopt: '采用为固定阈值',
      adoptRepeats: '其中有两个分界点相同，会有一个评分为空：请自行设定阈值。',
      save: '保存设置',
      saved: '已保存：下一次分析将使用这些设置。',
      readOnly: '总经理和管理员可以修改这些设置。',
      invalid: {
        missing: '请填写全部 4 个分界点',
        whole: '只能填写整数',
        cents: '最多两位小数',
        least: '不能小于 {{least}}',
        ascending: '每个分界点必须大于前一个',
      },
    },
  },
  scoreMoves: {
    column: '变化原因',
    value: {
      recency_one: '最近一次购买距今 {{count}} 天',
      recency_other: '最近一次购买距今 {{count}} 天',
      frequency_one: '{{count}} 笔订单',
      frequency_other: '{{count}} 笔订单',
      monetary: '销售额 {{amount}}',
      none: '分析期内没有购买',
    },
    was: '（之前为 {{value}}）',
    unchanged: '（未变）',
    cutPoint: {
      recency: '分界点从 {{from}} 天移到 {{to}} 天',
      frequency: '分界点从 {{from}} 笔移到 {{to}} 笔',
      monetary: '分界点从 {{from}} 移到 {{to}}',
      unnamed: '分界点发生了变化',
    },
    because: {
      quantiles: '其他客户的购买改变了分位数',
      fixed: '固定阈值被修改',
      method: '评分方式从{{from}}改为{{to}}',
    },
    cause: {
      first: '首次购买',
      own_data: '客户自己的购买有变化',
      time: '此后没有购买：随时间推移',
      cut_points: '{{cutPoint}}：{{because}}',
      own_data_and_cut_points: '客户自己的购买有变化，且{{cutPoint}}',
      time_and_cut_points: '随时间推移，且{{cutPoint}}',
      unknown: '较早的分析没有记录分界点',
    },
  },
};
