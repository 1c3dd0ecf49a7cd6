/**
 * Place words that organisation names carry and the duplicate check leaves out (docs/duplicates.md):
 * China's provincial-level divisions and its prefecture-level cities (地级市, 293 as of 2024).
 *
 * Changing these lists changes organisation keys: the SQL functions built from them
 * (normalise.sql.ts) must then be replaced in a new migration and the stored keys recomputed.
 */

/** Provinces, municipalities, autonomous regions and special administrative regions. */
// biome-ignore format: one line per group of divisions
export const provincialDivisions = [
  '北京', '天津', '上海', '重庆',
  '河北', '山西', '辽宁', '吉林', '黑龙江', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南',
  '湖北', '湖南', '广东', '海南', '四川', '贵州', '云南', '陕西', '甘肃', '青海', '台湾',
  '内蒙古', '广西', '西藏', '宁夏', '新疆',
  '香港', '澳门',
] as const;

/** Prefecture-level cities, by province, without those in `ambiguousCities`. */
// biome-ignore format: grouped by province
export const prefectureCities = [
  // 河北 山西 内蒙古
  '石家庄', '唐山', '秦皇岛', '邯郸', '邢台', '保定', '张家口', '承德', '沧州', '廊坊', '衡水',
  '太原', '阳泉', '晋城', '朔州', '晋中', '运城', '忻州', '临汾', '吕梁',
  '呼和浩特', '包头', '乌海', '赤峰', '通辽', '鄂尔多斯', '呼伦贝尔', '巴彦淖尔', '乌兰察布',
  // 辽宁 吉林 黑龙江
  '沈阳', '大连', '鞍山', '抚顺', '本溪', '丹东', '锦州', '营口', '阜新', '辽阳', '盘锦', '铁岭', '葫芦岛',
  '长春', '四平', '辽源', '通化', '松原', '白城',
  '哈尔滨', '齐齐哈尔', '鸡西', '鹤岗', '双鸭山', '大庆', '伊春', '佳木斯', '七台河', '牡丹江', '黑河', '绥化',
  // 江苏 浙江 安徽
  '南京', '无锡', '徐州', '常州', '苏州', '南通', '连云港', '淮安', '盐城', '扬州', '镇江', '泰州', '宿迁',
  '杭州', '宁波', '温州', '嘉兴', '湖州', '绍兴', '衢州', '舟山', '台州', '丽水',
  '合肥', '芜湖', '蚌埠', '淮南', '马鞍山', '淮北', '铜陵', '安庆', '滁州', '阜阳', '宿州', '六安', '亳州', '池州', '宣城',
  // 福建 江西 山东
  '福州', '厦门', '莆田', '三明', '泉州', '漳州', '南平', '龙岩', '宁德',
  '南昌', '景德镇', '萍乡', '九江', '新余', '鹰潭', '赣州', '宜春', '抚州', '上饶',
  '济南', '青岛', '淄博', '枣庄', '东营', '烟台', '潍坊', '济宁', '威海', '日照', '临沂', '德州', '聊城', '滨州', '菏泽',
  // 河南 湖北 湖南
  '郑州', '开封', '洛阳', '平顶山', '安阳', '鹤壁', '新乡', '焦作', '濮阳', '许昌', '漯河', '三门峡', '南阳', '商丘', '信阳', '周口', '驻马店',
  '武汉', '黄石', '十堰', '宜昌', '襄阳', '鄂州', '荆门', '孝感', '荆州', '黄冈', '咸宁', '随州',
  '长沙', '株洲', '湘潭', '衡阳', '邵阳', '岳阳', '常德', '张家界', '益阳', '郴州', '永州', '怀化', '娄底',
  // 广东 广西 海南
  '广州', '韶关', '深圳', '珠海', '汕头', '佛山', '江门', '湛江', '茂名', '肇庆', '惠州', '梅州', '汕尾', '河源', '阳江', '清远', '东莞', '潮州', '揭阳', '云浮',
  '南宁', '柳州', '桂林', '梧州', '防城港', '钦州', '贵港', '玉林', '百色', '贺州', '河池', '崇左',
  '海口', '三亚', '三沙', '儋州',
  // 四川 贵州 云南 西藏
  '成都', '自贡', '攀枝花', '泸州', '德阳', '绵阳', '广元', '遂宁', '内江', '乐山', '南充', '眉山', '宜宾', '广安', '达州', '雅安', '巴中', '资阳',
  '贵阳', '六盘水', '遵义', '安顺', '毕节', '铜仁',
  '昆明', '曲靖', '玉溪', '保山', '昭通', '丽江', '临沧',
  '拉萨', '日喀则', '昌都', '林芝', '山南', '那曲',
  // 陕西 甘肃 青海 宁夏 新疆
  '西安', '铜川', '宝鸡', '咸阳', '渭南', '延安', '汉中', '榆林', '商洛',
  '兰州', '嘉峪关', '金昌', '天水', '武威', '张掖', '平凉', '酒泉', '庆阳', '定西', '陇南',
  '西宁', '海东',
  '银川', '石嘴山', '吴忠', '固原',
  '乌鲁木齐', '克拉玛依', '吐鲁番', '哈密',
] as const;

/**
 * Prefecture-level cities whose names are also common words or trade names (大同 "great harmony",
 * 安康 "well-being", 白银 "silver", 朝阳 also a district of Beijing, 黄山 a mountain and a brand…).
 * At the start of a name they count as a place only with 市 ("大同市…"); in brackets always ("…（大同）").
 */
// biome-ignore format: a list
export const ambiguousCities = [
  '大同', '长治', '白山', '朝阳', '黄山', '金华', '吉安', '泰安', '中山', '北海', '来宾', '普洱', '安康', '白银', '中卫',
] as const;

/** What follows a place's name: 省, 市 and the names of the autonomous regions' and SARs' kinds. */
export const placeSuffixes = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '省', '市'] as const;

/**
 * Latin spellings of the provincial-level divisions and of the cities most often written in Latin
 * in company names ("Acme (Shanghai) Trading Co., Ltd."), each with its Chinese name.
 */
// biome-ignore format: a table
export const latinPlaces: Readonly<Record<string, string>> = {
  beijing: '北京', tianjin: '天津', shanghai: '上海', chongqing: '重庆',
  hebei: '河北', shanxi: '山西', liaoning: '辽宁', jilin: '吉林', heilongjiang: '黑龙江', jiangsu: '江苏',
  zhejiang: '浙江', anhui: '安徽', fujian: '福建', jiangxi: '江西', shandong: '山东', henan: '河南',
  hubei: '湖北', hunan: '湖南', guangdong: '广东', hainan: '海南', sichuan: '四川', guizhou: '贵州',
  yunnan: '云南', shaanxi: '陕西', gansu: '甘肃', qinghai: '青海', taiwan: '台湾', guangxi: '广西',
  tibet: '西藏', xizang: '西藏', ningxia: '宁夏', xinjiang: '新疆', 'inner mongolia': '内蒙古',
  'hong kong': '香港', hongkong: '香港', macau: '澳门', macao: '澳门',
  shenzhen: '深圳', guangzhou: '广州', hangzhou: '杭州', suzhou: '苏州', nanjing: '南京', wuhan: '武汉',
  chengdu: '成都', xiamen: '厦门', ningbo: '宁波', qingdao: '青岛', dalian: '大连', shenyang: '沈阳',
  xian: '西安', 'xi an': '西安', dongguan: '东莞', foshan: '佛山', wuxi: '无锡', changsha: '长沙',
  zhengzhou: '郑州', jinan: '济南', hefei: '合肥', fuzhou: '福州', kunming: '昆明', harbin: '哈尔滨',
};

/** Words that, alone in brackets, say where a company is registered but are no place of the list: "（中国）". */
export const bracketedRegions = ['中国', 'china', 'prc'] as const;
