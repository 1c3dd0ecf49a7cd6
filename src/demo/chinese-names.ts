import type { Random } from './random.ts';

/**
 * Chinese personal names: common surnames with their share of the population (per cent, roughly the
 * 2020 census ranking) and pinyin, and given-name characters. Shared by the demo company and the
 * customers benchmark, which builds the same names in SQL.
 */
const surnameTable = `王 wang 7.1|李 li 7.0|张 zhang 6.7|刘 liu 5.4|陈 chen 4.5|杨 yang 3.1|黄 huang 2.2|赵 zhao 2.0
|吴 wu 2.0|周 zhou 1.9|徐 xu 1.3|孙 sun 1.2|马 ma 1.2|朱 zhu 1.1|胡 hu 1.0|郭 guo 1.0|何 he 0.9|高 gao 0.9|林 lin 0.9
|罗 luo 0.8|郑 zheng 0.8|梁 liang 0.7|谢 xie 0.6|宋 song 0.6|唐 tang 0.5|许 xu 0.5|韩 han 0.5|冯 feng 0.5|邓 deng 0.5
|曹 cao 0.5|彭 peng 0.4|曾 zeng 0.4|肖 xiao 0.4|田 tian 0.4|董 dong 0.4|袁 yuan 0.4|潘 pan 0.3|于 yu 0.3|蒋 jiang 0.3
|蔡 cai 0.3|余 yu 0.3|杜 du 0.3|叶 ye 0.3|程 cheng 0.3|苏 su 0.3|魏 wei 0.3|吕 lv 0.3|丁 ding 0.3|任 ren 0.3|沈 shen 0.3
|姚 yao 0.2|卢 lu 0.2|姜 jiang 0.2|崔 cui 0.2|钟 zhong 0.2|谭 tan 0.2|陆 lu 0.2|汪 wang 0.2|范 fan 0.2|金 jin 0.2
|石 shi 0.2|廖 liao 0.2|贾 jia 0.2|夏 xia 0.2|韦 wei 0.2|付 fu 0.2|方 fang 0.2|白 bai 0.2|邹 zou 0.2|孟 meng 0.2
|熊 xiong 0.2|秦 qin 0.2|邱 qiu 0.2|江 jiang 0.2|尹 yin 0.2|薛 xue 0.2|闫 yan 0.2|段 duan 0.2|雷 lei 0.2|侯 hou 0.1
|龙 long 0.1|史 shi 0.1|陶 tao 0.1|黎 li 0.1|贺 he 0.1|顾 gu 0.1|毛 mao 0.1|郝 hao 0.1|龚 gong 0.1|邵 shao 0.1
|万 wan 0.1|钱 qian 0.1|严 yan 0.1|欧阳 ouyang 0.05|司马 sima 0.02|诸葛 zhuge 0.01`;

const givenTable = `伟 wei|芳 fang|娜 na|敏 min|静 jing|丽 li|强 qiang|磊 lei|军 jun|洋 yang|勇 yong|艳 yan|杰 jie|娟 juan
|涛 tao|明 ming|超 chao|秀 xiu|霞 xia|平 ping|刚 gang|桂 gui|英 ying|华 hua|建 jian|国 guo|文 wen|辉 hui|玲 ling
|红 hong|鹏 peng|飞 fei|斌 bin|宇 yu|浩 hao|凯 kai|健 jian|俊 jun|帆 fan|帅 shuai|旭 xu|宁 ning|龙 long|林 lin
|欣 xin|婷 ting|雪 xue|琳 lin|晶 jing|颖 ying|倩 qian|慧 hui|佳 jia|梅 mei|莉 li|萍 ping|燕 yan|琴 qin|云 yun|洁 jie
|蕾 lei|薇 wei|晨 chen|阳 yang|瑞 rui|博 bo|志 zhi|鑫 xin|昊 hao|然 ran|子 zi|涵 han|梓 zi|轩 xuan|睿 rui|思 si
|雨 yu|怡 yi|嘉 jia|晓 xiao|海 hai|波 bo|峰 feng|亮 liang|成 cheng|东 dong|春 chun|利 li|立 li|新 xin|金 jin|玉 yu
|兰 lan|琦 qi|悦 yue|诗 shi|宏 hong|振 zhen|伦 lun|天 tian|若 ruo|彤 tong|一 yi|安 an|可 ke|心 xin|淑 shu|珍 zhen
|凤 feng|德 de|荣 rong|永 yong|胜 sheng|光 guang|和 he|庆 qing|丹 dan|璐 lu|露 lu|瑶 yao|婧 jing|楠 nan|岩 yan
|鸿 hong|泽 ze|铭 ming|航 hang|晗 han|钰 yu|菲 fei|秋 qiu|松 song|毅 yi|诚 cheng|卫 wei`;

export interface NamePart {
  text: string;
  pinyin: string;
}

const parseTable = (table: string) =>
  table
    .split('|')
    .map((entry) => entry.trim().split(' '))
    .map(([text, pinyin, share]) => ({ text, pinyin, share: Number(share ?? 1) }));

export const surnames: (NamePart & { share: number })[] = parseTable(surnameTable);
export const givenNameCharacters: NamePart[] = parseTable(givenTable);
const surnameShares = surnames.map((surname) => surname.share);

export interface ChineseName {
  name: string;
  surname: NamePart;
  given: NamePart[];
}

/** A name such as 张伟 or 欧阳晓雪: a weighted surname and one (about a third) or two given characters. */
export function chineseName(random: Random): ChineseName {
  const surname = random.weighted(surnames, surnameShares);
  const given = [random.pick(givenNameCharacters)];
  if (random.chance(0.65)) given.push(random.pick(givenNameCharacters));
  return { name: surname.text + given.map((part) => part.text).join(''), surname, given };
}

/** zhangwei, ouyangxiaoxue: the usual local part of a Chinese email address. */
export const pinyinOf = (name: ChineseName) => name.surname.pinyin + name.given.map((part) => part.pinyin).join('');
