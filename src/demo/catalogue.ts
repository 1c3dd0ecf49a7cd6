import type { Random } from './random.ts';

/**
 * The demo company's product catalogue: an office-technology distributor. Prices are in CNY cents
 * (integers), so no float ever reaches the database; `margin` is the share of the list price that
 * is profit, `costKnown` false for lines whose cost the company does not track.
 */
export interface CategoryPlan {
  code: string;
  name: string;
  /** How likely an organisation and a person pick this category for an order line. */
  affinity: { organization: number; person: number };
  margin: [number, number];
  products: [name: string, minYuan: number, maxYuan: number][];
}

export const categoryPlans: CategoryPlan[] = [
  {
    code: 'PC',
    name: '电脑整机',
    affinity: { organization: 3, person: 4 },
    margin: [0.08, 0.16],
    products: [
      ['商务笔记本电脑 14英寸 i5/16G/512G', 4999, 6999],
      ['轻薄笔记本电脑 13.3英寸', 5499, 7999],
      ['高性能笔记本电脑 16英寸 i7/32G/1T', 8999, 12999],
      ['商用台式机 i5/16G/512G', 3699, 4999],
      ['图形工作站 Xeon/64G/RTX A4000', 18999, 26999],
      ['一体机电脑 23.8英寸', 3999, 5599],
      ['迷你主机 N100', 1299, 1999],
    ],
  },
  {
    code: 'PE',
    name: '显示器与外设',
    affinity: { organization: 3, person: 5 },
    margin: [0.18, 0.3],
    products: [
      ['27英寸 4K 显示器', 1899, 2799],
      ['24英寸 IPS 显示器', 799, 1199],
      ['34英寸 带鱼屏显示器', 2499, 3499],
      ['无线键鼠套装', 129, 299],
      ['机械键盘', 299, 699],
      ['USB-C 扩展坞 10合1', 399, 899],
      ['1080P 会议摄像头', 299, 699],
      ['头戴式降噪耳机', 899, 1999],
      ['显示器支架 双屏', 199, 459],
    ],
  },
  {
    code: 'PR',
    name: '打印与耗材',
    affinity: { organization: 5, person: 2 },
    margin: [0.22, 0.4],
    products: [
      ['黑白激光打印机', 899, 1599],
      ['彩色激光多功能一体机', 3999, 6999],
      ['A3 数码复合机', 19999, 32999],
      ['原装硒鼓 黑色', 399, 699],
      ['彩色墨粉盒 四色套装', 1299, 2199],
      ['A4 复印纸 70g 5包/箱', 109, 159],
      ['A3 复印纸 80g 5包/箱', 199, 279],
      ['标签打印机', 399, 899],
    ],
  },
  {
    code: 'NW',
    name: '网络与安全',
    affinity: { organization: 3, person: 0.5 },
    margin: [0.2, 0.35],
    products: [
      ['24口千兆交换机', 1299, 2499],
      ['企业级路由器', 1599, 3999],
      ['吸顶式无线AP Wi-Fi 6', 699, 1299],
      ['下一代防火墙', 7999, 15999],
      ['NAS 网络存储 4盘位', 2999, 4999],
      ['UPS 不间断电源 3kVA', 2999, 5999],
      ['家用 Wi-Fi 6 路由器', 299, 699],
    ],
  },
  {
    code: 'FU',
    name: '办公家具',
    affinity: { organization: 2, person: 1.5 },
    margin: [0.3, 0.45],
    products: [
      ['人体工学椅', 999, 2999],
      ['电动升降办公桌', 1999, 3999],
      ['会议桌 2.4米', 2999, 5999],
      ['钢制文件柜', 699, 1299],
      ['办公工位 四人位', 3999, 6999],
    ],
  },
  {
    code: 'SW',
    name: '软件与服务',
    affinity: { organization: 2.5, person: 1 },
    margin: [0.35, 0.7],
    products: [
      ['正版办公软件 年度订阅', 398, 598],
      ['企业杀毒软件 年度授权/点', 99, 199],
      ['IT 运维服务 年度合同', 19999, 59999],
      ['上门安装调试', 200, 500],
      ['延长保修 2年', 299, 899],
      ['企业云盘 1TB 年度', 599, 1299],
      ['数据恢复服务', 800, 3000],
    ],
  },
  {
    code: 'ST',
    name: '办公文具',
    affinity: { organization: 4, person: 2 },
    margin: [0.3, 0.5],
    products: [
      ['中性笔 0.5mm 12支/盒', 12, 25],
      ['笔记本 A5 10本装', 39, 79],
      ['文件夹 A4 20个装', 29, 59],
      ['重型订书机', 45, 99],
      ['便利贴 12本装', 15, 35],
      ['白板 120×90cm', 199, 399],
    ],
  },
];

export interface DemoProduct {
  id: string;
  sku: string;
  name: string;
  category: string;
  categoryIndex: number;
  listPriceCents: number;
  /** null when the cost is not tracked (services sold at a contract price). */
  unitCostCents: number | null;
  active: boolean;
}

/** The catalogue with prices for this seed: list prices end in 9 yuan (or 99 for the larger ones). */
export function buildCatalogue(random: Random): DemoProduct[] {
  return categoryPlans.flatMap((plan, categoryIndex) =>
    plan.products.map(([name, minYuan, maxYuan], i) => {
      const yuan = random.uniform(minYuan, maxYuan);
      const step = yuan >= 1000 ? 100 : 10;
      const listYuan = Math.max(step, Math.round(yuan / step) * step) - 1;
      const listPriceCents = listYuan * 100;
      const margin = random.uniform(...plan.margin);
      const costKnown = !(plan.code === 'SW' && name.includes('服务'));
      return {
        id: random.uuid(),
        sku: `HX-${plan.code}-${String(i + 1).padStart(3, '0')}`,
        name,
        category: plan.name,
        categoryIndex,
        listPriceCents,
        unitCostCents: costKnown ? Math.round(listPriceCents * (1 - margin)) : null,
        active: random.chance(0.93),
      };
    }),
  );
}
