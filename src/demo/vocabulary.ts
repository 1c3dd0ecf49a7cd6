/** Words the demo company's customers are made of: cities, company names, titles, tags, notes. */

/** City, pinyin, telephone area code, relative share of customers (the company sits in Shanghai). */
export const cities: [name: string, pinyin: string, areaCode: string, share: number][] = [
  ['上海', 'Shanghai', '021', 18],
  ['北京', 'Beijing', '010', 10],
  ['深圳', 'Shenzhen', '0755', 8],
  ['广州', 'Guangzhou', '020', 7],
  ['杭州', 'Hangzhou', '0571', 8],
  ['南京', 'Nanjing', '025', 6],
  ['苏州', 'Suzhou', '0512', 7],
  ['宁波', 'Ningbo', '0574', 4],
  ['无锡', 'Wuxi', '0510', 3],
  ['合肥', 'Hefei', '0551', 3],
  ['成都', 'Chengdu', '028', 5],
  ['武汉', 'Wuhan', '027', 4],
  ['西安', "Xi'an", '029', 3],
  ['重庆', 'Chongqing', '023', 3],
  ['天津', 'Tianjin', '022', 3],
  ['青岛', 'Qingdao', '0532', 3],
  ['厦门', 'Xiamen', '0592', 2],
  ['长沙', 'Changsha', '0731', 2],
  ['郑州', 'Zhengzhou', '0371', 2],
];
export const cityShares = cities.map((city) => city[3]);

/** Trade names of fictional companies, with pinyin for their email domains. */
export const tradeNames: [name: string, pinyin: string][] = [
  ['恒泰', 'hengtai'],
  ['华瑞', 'huarui'],
  ['鼎盛', 'dingsheng'],
  ['新锐', 'xinrui'],
  ['博远', 'boyuan'],
  ['嘉禾', 'jiahe'],
  ['中科', 'zhongke'],
  ['天成', 'tiancheng'],
  ['宏达', 'hongda'],
  ['金桥', 'jinqiao'],
  ['远航', 'yuanhang'],
  ['明德', 'mingde'],
  ['正信', 'zhengxin'],
  ['瑞丰', 'ruifeng'],
  ['锦程', 'jincheng'],
  ['卓越', 'zhuoyue'],
  ['汇通', 'huitong'],
  ['安泰', 'antai'],
  ['永兴', 'yongxing'],
  ['立达', 'lida'],
  ['华创', 'huachuang'],
  ['智联', 'zhilian'],
  ['云帆', 'yunfan'],
  ['聚源', 'juyuan'],
  ['启明', 'qiming'],
  ['海纳', 'haina'],
  ['元亨', 'yuanheng'],
  ['信诚', 'xincheng'],
  ['百川', 'baichuan'],
  ['星河', 'xinghe'],
  ['致远', 'zhiyuan'],
  ['德润', 'derun'],
];

/** An industry, its English word (for foreign companies) and the business words of company names. */
export const industries: { name: string; english: string; businesses: string[] }[] = [
  { name: '制造业', english: 'Manufacturing', businesses: ['精密机械', '电子科技', '汽车零部件', '新材料'] },
  { name: '信息技术', english: 'Technology', businesses: ['信息技术', '软件', '网络科技', '数据科技'] },
  { name: '批发零售', english: 'Trading', businesses: ['商贸', '贸易', '百货', '连锁超市'] },
  { name: '金融', english: 'Capital', businesses: ['投资管理', '融资租赁', '保险代理'] },
  { name: '教育', english: 'Education', businesses: ['教育科技', '培训学校', '国际学校'] },
  { name: '医疗卫生', english: 'Healthcare', businesses: ['医疗器械', '医药', '健康管理', '口腔门诊'] },
  { name: '物流运输', english: 'Logistics', businesses: ['物流', '供应链管理', '国际货运'] },
  { name: '建筑地产', english: 'Properties', businesses: ['建筑工程', '置业', '装饰工程', '物业管理'] },
  { name: '餐饮酒店', english: 'Hospitality', businesses: ['餐饮管理', '酒店管理'] },
  { name: '文化传媒', english: 'Media', businesses: ['文化传媒', '广告', '影视制作'] },
  { name: '专业服务', english: 'Consulting', businesses: ['会计师事务所', '律师事务所', '管理咨询', '人力资源'] },
];

export const roads = ['中山路', '人民路', '解放路', '建设路', '和平路', '长江路', '科技路', '创新大道', '滨江大道'];
export const moreRoads = ['世纪大道', '文化路', '青年路', '新华路', '光明路', '东风路', '学府路', '园区路'];

export const mobilePrefixes = ['130', '131', '132', '135', '136', '137', '138', '139', '150', '151', '152', '158'];
export const moreMobilePrefixes = ['159', '177', '180', '181', '186', '187', '188', '189', '199'];
export const mailProviders = ['163.example', 'qq.example', '126.example', 'outlook.example', 'gmail.example'];

/** Contact titles by buying role. */
export const titles = {
  decision_maker: ['总经理', '副总经理', '采购总监', '行政总监', 'CIO'],
  influencer: ['采购经理', '财务经理', 'IT主管', '技术总监'],
  user: ['行政专员', '办公室主任', 'IT工程师', '前台主管'],
  other: ['财务专员', '总经理助理', '法务'],
} as const;

export const internalDepartments = ['行政部', '研发中心', '市场部', '华南分公司', '客服中心'];

export const organisationNotes = [
  '每季度初集中采购打印耗材',
  '采购需走招标流程，提前两周报价',
  '要求开具增值税专用发票',
  '付款周期 60 天，月底对账',
  '对价格敏感，关注竞品报价',
  '年底有预算集中释放',
];
export const personNotes = [
  '偏好微信联系',
  '双十一期间集中购买',
  '曾投诉物流延迟，已补偿优惠券',
  'Prefers English, email rather than phone',
];

export const channels = {
  organization: { names: ['直销', '电话订购', '经销商', '政企采购平台'], shares: [55, 15, 15, 15] },
  person: { names: ['天猫旗舰店', '京东自营', '微信小程序', '门店'], shares: [35, 25, 20, 20] },
};
