-- The duplicate check's keys (docs/duplicates.md). The functions are those of
-- src/duplicates/normalise.sql.ts (duplicateKeyFunctionsMigration), copied as they were when this
-- migration was made; src/duplicates/duplicate-keys-migration.test.ts checks that they still agree.
CREATE OR REPLACE FUNCTION guanxi_name_fold(name text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT translate(normalize(regexp_replace(normalize(name, NFKD), '[\u0300-\u036f]', '', 'g'), NFC),
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION guanxi_tidy_spaces(t text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT regexp_replace(regexp_replace(t, ' {2,}', ' ', 'g'), '^ | $', '', 'g')
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION guanxi_phone_national(dialled text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
  SELECT CASE
    WHEN left(dialled, 1) = '+' THEN
      CASE WHEN left(d, 2) = '86' THEN regexp_replace(substr(d, 3), '^0', '') ELSE '00' || d END
    WHEN left(d, 4) = '0086' THEN regexp_replace(substr(d, 5), '^0', '')
    WHEN left(d, 2) = '00' THEN d
    WHEN left(d, 1) = '0' THEN substr(d, 2)
    WHEN d ~ '^861[3-9][0-9]{9}$' THEN substr(d, 3)
    ELSE d
  END
  FROM (SELECT regexp_replace(dialled, '[^0-9]', '', 'g') AS d) AS digits
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION guanxi_phone_key(phone text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  dialled text;
  dash_group text[];
  head text;
  national text;
BEGIN
  dialled := (regexp_match(regexp_replace(normalize(phone, NFKC), '[\u0009-\u000d\u0020\u0085\u00a0\u1680\u180e\u2000-\u200d\u2028-\u2029\u202f\u205f-\u2060\u3000\ufeff]', '', 'g'),
    '([0-9+().\-]*[0-9][0-9+().\-]*)'))[1];
  IF dialled IS NULL THEN RETURN NULL; END IF;
  dialled := regexp_replace(dialled, '[().]', '', 'g');
  dash_group := regexp_match(dialled, '^(.*[0-9])-([0-9]{1,6})$');
  IF dash_group IS NOT NULL THEN
    head := guanxi_phone_national(dash_group[1]);
    IF left(head, 2) <> '00' AND length(head) >= 9 THEN dialled := dash_group[1]; END IF;
  END IF;
  national := guanxi_phone_national(dialled);
  IF length(national) >= 7 AND national !~ '^([0-9])\1*$' THEN RETURN national; END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION guanxi_email_key(email text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  parts text[];
  local_part text;
  domain_part text;
BEGIN
  parts := regexp_match(regexp_replace(translate(regexp_replace(normalize(email, NFKC), '[\u0009-\u000d\u0020\u0085\u00a0\u1680\u180e\u2000-\u200d\u2028-\u2029\u202f\u205f-\u2060\u3000\ufeff]', '', 'g'),
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '^mailto:', ''), '^(.+)@([^@]+)$');
  IF parts IS NULL THEN RETURN NULL; END IF;
  local_part := parts[1];
  domain_part := regexp_replace(parts[2], '\.+$', '');
  IF domain_part IN ('gmail.com', 'googlemail.com') THEN
    local_part := replace(regexp_replace(local_part, '\+.*$', ''), '.', '');
    domain_part := 'gmail.com';
  END IF;
  IF local_part = '' OR domain_part = '' THEN RETURN NULL; END IF;
  RETURN local_part || '@' || domain_part;
END
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION guanxi_organisation_key(name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  t text;
  with_brackets text;
  bracketed_places text[];
  leading_places text[] := '{}';
  rest text;
  core text;
BEGIN
  t := replace(translate(translate(guanxi_name_fold(name), '([{<〈《「『【〔〖〘〚⟨⦅｟（［｛＜｢〈', '(((((((((((((((((((((('),
    ')]}>〉》」』】〕〗〙〛⟩⦆｠）］｝＞｣〉', '))))))))))))))))))))))'), '.', '');
  t := regexp_replace(t, '[\u0001-\u001f\u0021-\u0027\u002a-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u009f\u00a1-\u00bf\u00d7\u00f7\u2010-\u2027\u2030-\u205e\u3001-\u3004\u3008-\u3020\u3030\u30fb\ufe10-\ufe1f\ufe30-\ufe6f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u0009-\u000d\u0020\u0085\u00a0\u1680\u180e\u2000-\u200d\u2028-\u2029\u202f\u205f-\u2060\u3000\ufeff]+', ' ', 'g');
  t := guanxi_tidy_spaces(regexp_replace(t, '\( ?(?:有限责任公司|特殊普通合伙|股份有限公司|合伙企业|普通合伙|有限公司|有限合伙|股份公司|集团公司|总公司|公司|股份|集团) ?\)', ' ', 'g'));
  with_brackets := t;
  IF strpos(t, '(') > 0 THEN t := regexp_replace(t, '\( ?((?:inner mongolia|heilongjiang|chongqing|guangdong|guangzhou|hong kong|zhengzhou|changsha|dongguan|hangzhou|hongkong|liaoning|shandong|shanghai|shenyang|shenzhen|xinjiang|zhejiang|beijing|chengdu|guangxi|guizhou|jiangsu|jiangxi|kunming|nanjing|ningxia|qingdao|qinghai|shaanxi|sichuan|tianjin|dalian|foshan|fujian|fuzhou|hainan|harbin|ningbo|shanxi|suzhou|taiwan|xiamen|xizang|yunnan|anhui|china|gansu|hebei|hefei|henan|hubei|hunan|jilin|jinan|macao|macau|tibet|wuhan|xi an|wuxi|xian|乌兰察布|乌鲁木齐|克拉玛依|呼伦贝尔|呼和浩特|巴彦淖尔|鄂尔多斯|齐齐哈尔|prc|七台河|三门峡|佳木斯|六盘水|内蒙古|双鸭山|吐鲁番|哈尔滨|嘉峪关|平顶山|张家口|张家界|攀枝花|日喀则|景德镇|牡丹江|石嘴山|石家庄|秦皇岛|葫芦岛|连云港|防城港|马鞍山|驻马店|黑龙江|三亚|三明|三沙|上海|上饶|东莞|东营|中卫|中国|中山|临汾|临沂|临沧|丹东|丽水|丽江|乌海|乐山|九江|云南|云浮|亳州|伊春|佛山|保定|保山|信阳|儋州|六安|兰州|内江|包头|北京|北海|十堰|南京|南充|南宁|南平|南昌|南通|南阳|厦门|台州|台湾|合肥|吉安|吉林|吕梁|吴忠|周口|咸宁|咸阳|哈密|唐山|商丘|商洛|嘉兴|四川|四平|固原|大同|大庆|大连|天水|天津|太原|威海|娄底|孝感|宁夏|宁德|宁波|安庆|安康|安徽|安阳|安顺|定西|宜宾|宜昌|宜春|宝鸡|宣城|宿州|宿迁|山东|山南|山西|岳阳|崇左|巴中|常州|常德|平凉|广东|广元|广安|广州|广西|庆阳|廊坊|延安|开封|张掖|徐州|德州|德阳|忻州|怀化|惠州|成都|扬州|承德|抚州|抚顺|拉萨|揭阳|新乡|新余|新疆|无锡|日照|昆明|昌都|昭通|晋中|晋城|普洱|曲靖|朔州|朝阳|本溪|来宾|杭州|松原|林芝|枣庄|柳州|株洲|桂林|梅州|梧州|榆林|武威|武汉|毕节|永州|汉中|汕头|汕尾|江苏|江西|江门|池州|沈阳|沧州|河北|河南|河池|河源|泉州|泰安|泰州|泸州|洛阳|济南|济宁|浙江|海东|海南|海口|淄博|淮北|淮南|淮安|深圳|清远|温州|渭南|湖北|湖南|湖州|湘潭|湛江|滁州|滨州|漯河|漳州|潍坊|潮州|澳门|濮阳|烟台|焦作|玉林|玉溪|珠海|甘肃|白城|白山|白银|百色|益阳|盐城|盘锦|眉山|福州|福建|绍兴|绥化|绵阳|聊城|肇庆|自贡|舟山|芜湖|苏州|茂名|荆州|荆门|莆田|菏泽|萍乡|营口|蚌埠|衡水|衡阳|衢州|襄阳|西宁|西安|西藏|许昌|贵州|贵港|贵阳|贺州|资阳|赣州|赤峰|辽宁|辽源|辽阳|达州|运城|通化|通辽|遂宁|遵义|邢台|那曲|邯郸|邵阳|郑州|郴州|鄂州|酒泉|重庆|金华|金昌|钦州|铁岭|铜仁|铜川|铜陵|银川|锦州|镇江|长春|长沙|长治|阜新|阜阳|阳江|阳泉|陇南|陕西|随州|雅安|青岛|青海|鞍山|韶关|香港|鸡西|鹤壁|鹤岗|鹰潭|黄冈|黄山|黄石|黑河|龙岩))(?:(?:维吾尔自治区|回族自治区|壮族自治区|特别行政区|自治区|市|省))? ?\)', ' ', 'g'); END IF;
  t := guanxi_tidy_spaces(regexp_replace(t, '(?:有限责任公司|股份有限公司|有限公司)', ' ', 'g'));
  LOOP
    rest := regexp_replace(t, '^(?:(?:乌兰察布|乌鲁木齐|克拉玛依|呼伦贝尔|呼和浩特|巴彦淖尔|鄂尔多斯|齐齐哈尔|七台河|三门峡|佳木斯|六盘水|内蒙古|双鸭山|吐鲁番|哈尔滨|嘉峪关|平顶山|张家口|张家界|攀枝花|日喀则|景德镇|牡丹江|石嘴山|石家庄|秦皇岛|葫芦岛|连云港|防城港|马鞍山|驻马店|黑龙江|三亚|三明|三沙|上海|上饶|东莞|东营|临汾|临沂|临沧|丹东|丽水|丽江|乌海|乐山|九江|云南|云浮|亳州|伊春|佛山|保定|保山|信阳|儋州|六安|兰州|内江|包头|北京|十堰|南京|南充|南宁|南平|南昌|南通|南阳|厦门|台州|台湾|合肥|吉林|吕梁|吴忠|周口|咸宁|咸阳|哈密|唐山|商丘|商洛|嘉兴|四川|四平|固原|大庆|大连|天水|天津|太原|威海|娄底|孝感|宁夏|宁德|宁波|安庆|安徽|安阳|安顺|定西|宜宾|宜昌|宜春|宝鸡|宣城|宿州|宿迁|山东|山南|山西|岳阳|崇左|巴中|常州|常德|平凉|广东|广元|广安|广州|广西|庆阳|廊坊|延安|开封|张掖|徐州|德州|德阳|忻州|怀化|惠州|成都|扬州|承德|抚州|抚顺|拉萨|揭阳|新乡|新余|新疆|无锡|日照|昆明|昌都|昭通|晋中|晋城|曲靖|朔州|本溪|杭州|松原|林芝|枣庄|柳州|株洲|桂林|梅州|梧州|榆林|武威|武汉|毕节|永州|汉中|汕头|汕尾|江苏|江西|江门|池州|沈阳|沧州|河北|河南|河池|河源|泉州|泰州|泸州|洛阳|济南|济宁|浙江|海东|海南|海口|淄博|淮北|淮南|淮安|深圳|清远|温州|渭南|湖北|湖南|湖州|湘潭|湛江|滁州|滨州|漯河|漳州|潍坊|潮州|澳门|濮阳|烟台|焦作|玉林|玉溪|珠海|甘肃|白城|百色|益阳|盐城|盘锦|眉山|福州|福建|绍兴|绥化|绵阳|聊城|肇庆|自贡|舟山|芜湖|苏州|茂名|荆州|荆门|莆田|菏泽|萍乡|营口|蚌埠|衡水|衡阳|衢州|襄阳|西宁|西安|西藏|许昌|贵州|贵港|贵阳|贺州|资阳|赣州|赤峰|辽宁|辽源|辽阳|达州|运城|通化|通辽|遂宁|遵义|邢台|那曲|邯郸|邵阳|郑州|郴州|鄂州|酒泉|重庆|金昌|钦州|铁岭|铜仁|铜川|铜陵|银川|锦州|镇江|长春|长沙|阜新|阜阳|阳江|阳泉|陇南|陕西|随州|雅安|青岛|青海|鞍山|韶关|香港|鸡西|鹤壁|鹤岗|鹰潭|黄冈|黄石|黑河|龙岩)(?:(?:维吾尔自治区|回族自治区|壮族自治区|特别行政区|自治区|市|省))?|(?:中卫|中山|北海|吉安|大同|安康|普洱|朝阳|来宾|泰安|白山|白银|金华|长治|黄山)市|(?:inner mongolia|heilongjiang|chongqing|guangdong|guangzhou|hong kong|zhengzhou|changsha|dongguan|hangzhou|hongkong|liaoning|shandong|shanghai|shenyang|shenzhen|xinjiang|zhejiang|beijing|chengdu|guangxi|guizhou|jiangsu|jiangxi|kunming|nanjing|ningxia|qingdao|qinghai|shaanxi|sichuan|tianjin|dalian|foshan|fujian|fuzhou|hainan|harbin|ningbo|shanxi|suzhou|taiwan|xiamen|xizang|yunnan|anhui|gansu|hebei|hefei|henan|hubei|hunan|jilin|jinan|macao|macau|tibet|wuhan|xi an|wuxi|xian)(?![a-z0-9]))', '');
    EXIT WHEN rest = t;
    leading_places := leading_places || regexp_replace(left(t, length(t) - length(rest)), '(?:维吾尔自治区|回族自治区|壮族自治区|特别行政区|自治区|市|省)$', '');
    t := guanxi_tidy_spaces(rest);
  END LOOP;
  WHILE t !~ '(?:分公司|办事处|营业部|分厂|分店|分所|分行|分部|支行)$' AND t ~ '(?:(?:特殊普通合伙|合伙企业|普通合伙|有限合伙|股份公司|集团公司|总公司|公司|股份|集团)|(?<![a-z0-9])(?:incorporated|corporation|company|limited|coltd|group|corp|gmbh|inc|llc|ltd|plc|pte|pty|ag|bv|co|sa))$' LOOP
    t := guanxi_tidy_spaces(regexp_replace(t, '(?:(?:特殊普通合伙|合伙企业|普通合伙|有限合伙|股份公司|集团公司|总公司|公司|股份|集团)|(?<![a-z0-9])(?:incorporated|corporation|company|limited|coltd|group|corp|gmbh|inc|llc|ltd|plc|pte|pty|ag|bv|co|sa))$', ''));
  END LOOP;
  core := regexp_replace(t, '[ ()]', '', 'g');
  IF length(core) < 3 THEN
    -- Only a short name needs the bracketed places back (a query here costs more than all the rest).
    bracketed_places := ARRAY(SELECT m[1] FROM regexp_matches(with_brackets, '\( ?((?:inner mongolia|heilongjiang|chongqing|guangdong|guangzhou|hong kong|zhengzhou|changsha|dongguan|hangzhou|hongkong|liaoning|shandong|shanghai|shenyang|shenzhen|xinjiang|zhejiang|beijing|chengdu|guangxi|guizhou|jiangsu|jiangxi|kunming|nanjing|ningxia|qingdao|qinghai|shaanxi|sichuan|tianjin|dalian|foshan|fujian|fuzhou|hainan|harbin|ningbo|shanxi|suzhou|taiwan|xiamen|xizang|yunnan|anhui|china|gansu|hebei|hefei|henan|hubei|hunan|jilin|jinan|macao|macau|tibet|wuhan|xi an|wuxi|xian|乌兰察布|乌鲁木齐|克拉玛依|呼伦贝尔|呼和浩特|巴彦淖尔|鄂尔多斯|齐齐哈尔|prc|七台河|三门峡|佳木斯|六盘水|内蒙古|双鸭山|吐鲁番|哈尔滨|嘉峪关|平顶山|张家口|张家界|攀枝花|日喀则|景德镇|牡丹江|石嘴山|石家庄|秦皇岛|葫芦岛|连云港|防城港|马鞍山|驻马店|黑龙江|三亚|三明|三沙|上海|上饶|东莞|东营|中卫|中国|中山|临汾|临沂|临沧|丹东|丽水|丽江|乌海|乐山|九江|云南|云浮|亳州|伊春|佛山|保定|保山|信阳|儋州|六安|兰州|内江|包头|北京|北海|十堰|南京|南充|南宁|南平|南昌|南通|南阳|厦门|台州|台湾|合肥|吉安|吉林|吕梁|吴忠|周口|咸宁|咸阳|哈密|唐山|商丘|商洛|嘉兴|四川|四平|固原|大同|大庆|大连|天水|天津|太原|威海|娄底|孝感|宁夏|宁德|宁波|安庆|安康|安徽|安阳|安顺|定西|宜宾|宜昌|宜春|宝鸡|宣城|宿州|宿迁|山东|山南|山西|岳阳|崇左|巴中|常州|常德|平凉|广东|广元|广安|广州|广西|庆阳|廊坊|延安|开封|张掖|徐州|德州|德阳|忻州|怀化|惠州|成都|扬州|承德|抚州|抚顺|拉萨|揭阳|新乡|新余|新疆|无锡|日照|昆明|昌都|昭通|晋中|晋城|普洱|曲靖|朔州|朝阳|本溪|来宾|杭州|松原|林芝|枣庄|柳州|株洲|桂林|梅州|梧州|榆林|武威|武汉|毕节|永州|汉中|汕头|汕尾|江苏|江西|江门|池州|沈阳|沧州|河北|河南|河池|河源|泉州|泰安|泰州|泸州|洛阳|济南|济宁|浙江|海东|海南|海口|淄博|淮北|淮南|淮安|深圳|清远|温州|渭南|湖北|湖南|湖州|湘潭|湛江|滁州|滨州|漯河|漳州|潍坊|潮州|澳门|濮阳|烟台|焦作|玉林|玉溪|珠海|甘肃|白城|白山|白银|百色|益阳|盐城|盘锦|眉山|福州|福建|绍兴|绥化|绵阳|聊城|肇庆|自贡|舟山|芜湖|苏州|茂名|荆州|荆门|莆田|菏泽|萍乡|营口|蚌埠|衡水|衡阳|衢州|襄阳|西宁|西安|西藏|许昌|贵州|贵港|贵阳|贺州|资阳|赣州|赤峰|辽宁|辽源|辽阳|达州|运城|通化|通辽|遂宁|遵义|邢台|那曲|邯郸|邵阳|郑州|郴州|鄂州|酒泉|重庆|金华|金昌|钦州|铁岭|铜仁|铜川|铜陵|银川|锦州|镇江|长春|长沙|长治|阜新|阜阳|阳江|阳泉|陇南|陕西|随州|雅安|青岛|青海|鞍山|韶关|香港|鸡西|鹤壁|鹤岗|鹰潭|黄冈|黄山|黄石|黑河|龙岩))(?:(?:维吾尔自治区|回族自治区|壮族自治区|特别行政区|自治区|市|省))? ?\)', 'g')
      WITH ORDINALITY AS r(m, n) ORDER BY n);
    core := array_to_string(leading_places || bracketed_places, '') || core;
  END IF;
  RETURN nullif(core, '');
END
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION guanxi_person_name_key(name text) RETURNS text
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fn$
DECLARE
  t text;
BEGIN
  t := regexp_replace(translate(translate(guanxi_name_fold(name), '([{<〈《「『【〔〖〘〚⟨⦅｟（［｛＜｢〈', '(((((((((((((((((((((('),
    ')]}>〉》」』】〕〗〙〛⟩⦆｠）］｝＞｣〉', '))))))))))))))))))))))'), '\([^()]*\)', ' ', 'g');
  t := regexp_replace(t, '[\u0027\u0060\u02bc\u2018-\u2019]', '', 'g');
  t := regexp_replace(t, '[\u0001-\u001f\u0021-\u0027\u002a-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u009f\u00a1-\u00bf\u00d7\u00f7\u2010-\u2027\u2030-\u205e\u3001-\u3004\u3008-\u3020\u3030\u30fb\ufe10-\ufe1f\ufe30-\ufe6f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u0028-\u0029\u0009-\u000d\u0020\u0085\u00a0\u1680\u180e\u2000-\u200d\u2028-\u2029\u202f\u205f-\u2060\u3000\ufeff]+', ' ', 'g');
  t := guanxi_tidy_spaces(regexp_replace(t, '(?<=[\u1100-\u11ff\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30fa\u30fc-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff]) (?=[\u1100-\u11ff\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3040-\u30fa\u30fc-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff])', '', 'g'));
  IF t = '' THEN RETURN NULL; END IF;
  IF strpos(t, ' ') = 0 THEN RETURN t; END IF;
  RETURN array_to_string(ARRAY(SELECT w FROM unnest(string_to_array(t, ' ')) AS w ORDER BY w COLLATE "C"), ' ');
END
$fn$;
--> statement-breakpoint
-- The key functions that call the helpers find them by the search path of the migration, not the
-- caller's: pg_restore fills the tables (computing the stored keys) with an empty search path.
ALTER FUNCTION guanxi_phone_key(text) SET search_path FROM CURRENT;
--> statement-breakpoint
ALTER FUNCTION guanxi_organisation_key(text) SET search_path FROM CURRENT;
--> statement-breakpoint
ALTER FUNCTION guanxi_person_name_key(text) SET search_path FROM CURRENT;
--> statement-breakpoint
-- One ALTER TABLE per table, so that each is rewritten once: the stored keys are computed for every
-- existing row under an ACCESS EXCLUSIVE lock (docs/duplicates.md gives the cost at a million customers).
ALTER TABLE "customers"
  ADD COLUMN "phone_key" text GENERATED ALWAYS AS (guanxi_phone_key("customers"."phone")) STORED,
  ADD COLUMN "email_key" text GENERATED ALWAYS AS (guanxi_email_key("customers"."email")) STORED,
  ADD COLUMN "name_key" text GENERATED ALWAYS AS (CASE WHEN "customers"."kind" = 'organization' THEN guanxi_organisation_key("customers"."name") ELSE guanxi_person_name_key("customers"."name") END) STORED;
--> statement-breakpoint
ALTER TABLE "contacts"
  ADD COLUMN "phone_key" text GENERATED ALWAYS AS (guanxi_phone_key("contacts"."phone")) STORED,
  ADD COLUMN "email_key" text GENERATED ALWAYS AS (guanxi_email_key("contacts"."email")) STORED,
  ADD COLUMN "name_key" text GENERATED ALWAYS AS (guanxi_person_name_key("contacts"."name")) STORED;
--> statement-breakpoint
CREATE INDEX "customers_phone_key_idx" ON "customers" USING btree ("phone_key") WHERE "customers"."phone_key" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "customers_email_key_idx" ON "customers" USING btree ("email_key") WHERE "customers"."email_key" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "customers_name_key_idx" ON "customers" USING btree ("name_key") WHERE "customers"."name_key" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "contacts_phone_key_idx" ON "contacts" USING btree ("phone_key") WHERE "contacts"."phone_key" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "contacts_email_key_idx" ON "contacts" USING btree ("email_key") WHERE "contacts"."email_key" IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "contacts_name_key_idx" ON "contacts" USING btree ("name_key") WHERE "contacts"."name_key" IS NOT NULL;
--> statement-breakpoint
-- Each distinct name key once (src/db/schema/duplicates.ts), filled from the tables, then kept by the
-- triggers below; the similar-name search reads it by the GIN index of its grams.
CREATE TABLE "duplicate_name_keys" (
	"name_as" text NOT NULL,
	"key" text NOT NULL,
	"grams" text[] GENERATED ALWAYS AS (guanxi_search_grams(key)) STORED,
	CONSTRAINT "duplicate_name_keys_key_name_as_pk" PRIMARY KEY("key","name_as")
);
--> statement-breakpoint
INSERT INTO duplicate_name_keys (name_as, key)
SELECT CASE WHEN customers.kind = 'organization' THEN 'organisation' ELSE 'person' END, name_key FROM customers WHERE name_key IS NOT NULL
UNION
SELECT 'person', name_key FROM contacts WHERE name_key IS NOT NULL;
--> statement-breakpoint
CREATE INDEX "duplicate_name_keys_grams_idx" ON "duplicate_name_keys" USING gin ("grams");
--> statement-breakpoint
-- Forgets the given keys that no record has any more.
CREATE FUNCTION guanxi_forget_name_keys(p_as text[], p_keys text[]) RETURNS void LANGUAGE sql AS $fn$
  DELETE FROM duplicate_name_keys k
  USING unnest(p_as, p_keys) AS r(name_as, key)
  WHERE k.name_as = r.name_as AND k.key = r.key
    AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.name_key = r.key
      AND c.kind = CASE WHEN r.name_as = 'organisation' THEN 'organization' ELSE 'person' END)
    AND (r.name_as = 'organisation' OR NOT EXISTS (SELECT 1 FROM contacts c WHERE c.name_key = r.key))
$fn$;
--> statement-breakpoint
-- New keys are added, keys that no record has any more are removed (statement triggers: one
-- statement per insert, update or delete, however many rows it wrote).
CREATE FUNCTION guanxi_customers_name_keys_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO duplicate_name_keys (name_as, key)
    SELECT DISTINCT CASE WHEN n.kind = 'organization' THEN 'organisation' ELSE 'person' END, n.name_key FROM new_customers n WHERE n.name_key IS NOT NULL ORDER BY 1, 2
    ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO duplicate_name_keys (name_as, key)
    SELECT CASE WHEN n.kind = 'organization' THEN 'organisation' ELSE 'person' END, n.name_key FROM new_customers n WHERE n.name_key IS NOT NULL
    EXCEPT SELECT CASE WHEN o.kind = 'organization' THEN 'organisation' ELSE 'person' END, o.name_key FROM old_customers o ORDER BY 1, 2
    ON CONFLICT DO NOTHING;
    PERFORM guanxi_forget_name_keys(array_agg(name_as), array_agg(key)) FROM (
      SELECT CASE WHEN o.kind = 'organization' THEN 'organisation' ELSE 'person' END AS name_as, o.name_key AS key FROM old_customers o WHERE o.name_key IS NOT NULL
      EXCEPT SELECT CASE WHEN n.kind = 'organization' THEN 'organisation' ELSE 'person' END, n.name_key FROM new_customers n) AS removed;
  ELSE
    PERFORM guanxi_forget_name_keys(array_agg(name_as), array_agg(key)) FROM (
      SELECT DISTINCT CASE WHEN o.kind = 'organization' THEN 'organisation' ELSE 'person' END AS name_as, o.name_key AS key FROM old_customers o
      WHERE o.name_key IS NOT NULL) AS removed;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE FUNCTION guanxi_contacts_name_keys_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO duplicate_name_keys (name_as, key)
    SELECT DISTINCT 'person', n.name_key FROM new_contacts n WHERE n.name_key IS NOT NULL ORDER BY 2
    ON CONFLICT DO NOTHING;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO duplicate_name_keys (name_as, key)
    SELECT 'person', n.name_key FROM new_contacts n WHERE n.name_key IS NOT NULL
    EXCEPT SELECT 'person', o.name_key FROM old_contacts o ORDER BY 2
    ON CONFLICT DO NOTHING;
    PERFORM guanxi_forget_name_keys(array_agg('person'::text), array_agg(key)) FROM (
      SELECT o.name_key AS key FROM old_contacts o WHERE o.name_key IS NOT NULL
      EXCEPT SELECT n.name_key FROM new_contacts n) AS removed;
  ELSE
    PERFORM guanxi_forget_name_keys(array_agg('person'::text), array_agg(key)) FROM (
      SELECT DISTINCT o.name_key AS key FROM old_contacts o WHERE o.name_key IS NOT NULL) AS removed;
  END IF;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER customers_name_keys_inserted AFTER INSERT ON customers REFERENCING NEW TABLE AS new_customers
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_customers_name_keys_changed();
--> statement-breakpoint
CREATE TRIGGER customers_name_keys_updated AFTER UPDATE ON customers
  REFERENCING OLD TABLE AS old_customers NEW TABLE AS new_customers
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_customers_name_keys_changed();
--> statement-breakpoint
CREATE TRIGGER customers_name_keys_deleted AFTER DELETE ON customers REFERENCING OLD TABLE AS old_customers
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_customers_name_keys_changed();
--> statement-breakpoint
CREATE TRIGGER contacts_name_keys_inserted AFTER INSERT ON contacts REFERENCING NEW TABLE AS new_contacts
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_contacts_name_keys_changed();
--> statement-breakpoint
CREATE TRIGGER contacts_name_keys_updated AFTER UPDATE ON contacts
  REFERENCING OLD TABLE AS old_contacts NEW TABLE AS new_contacts
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_contacts_name_keys_changed();
--> statement-breakpoint
CREATE TRIGGER contacts_name_keys_deleted AFTER DELETE ON contacts REFERENCING OLD TABLE AS old_contacts
  FOR EACH STATEMENT EXECUTE FUNCTION guanxi_contacts_name_keys_changed();
