import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';

/*
 * Import files of any size, written as a stream (memory stays flat): customers, a product catalogue,
 * and orders with one line item per row, as a shop or ERP exports them. Deterministic (a seeded
 * generator), so runs compare. Used by bench/import.ts and the interrupted-import test.
 */

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'.split('');
const givenNames = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰萍红鹏飞宇浩然欣怡子涵梓萱一诺'.split('');
const regions = ['北京', '上海', '广州', '深圳', '杭州', '成都', '武汉', '南京', '西安', '重庆'];
const industries = ['零售', '制造', '餐饮', '教育', '医疗', '物流', '金融', '互联网'];
const sources = ['referral', 'internet', 'advertising', 'visit', '客户推荐', '互联网'];
const channels = ['天猫', '京东', '门店', '微信小程序', '抖音'];

const pick = <T>(random: () => number, list: readonly T[]) => list[Math.floor(random() * list.length)];
const pad = (n: number, width: number) => String(n).padStart(width, '0');

async function writeLines(path: string, header: string, count: number, line: (i: number) => string) {
  const out = createWriteStream(path);
  let chunk = `${header}\n`;
  for (let i = 0; i < count; i++) {
    chunk += `${line(i)}\n`;
    if (chunk.length >= 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await finished(out);
}

export const customerKey = (i: number) => `C${pad(i + 1, 8)}`;

/** `count` customers: external ids C00000001…, Chinese names, some organisations, tags, owners from `ownerEmails`. */
export function writeCustomersCsv(path: string, count: number, ownerEmails: readonly string[] = [], seed = 1) {
  const random = seededRandom(seed);
  return writeLines(path, 'external_id,name,kind,phone,email,industry,region,source,owner_email,tags', count, (i) => {
    const organization = random() < 0.2;
    const name = organization
      ? `${pick(random, regions)}${pick(random, surnames)}${pick(random, givenNames)}${pick(random, industries)}有限公司`
      : `${pick(random, surnames)}${pick(random, givenNames)}${random() < 0.6 ? pick(random, givenNames) : ''}`;
    const phone = `1${3 + Math.floor(random() * 7)}${pad(Math.floor(random() * 1e9), 9)}`;
    const email = random() < 0.4 ? `c${i + 1}@mail.example` : '';
    const owner = ownerEmails.length && random() < 0.8 ? pick(random, ownerEmails) : '';
    const tags = random() < 0.3 ? `"${pick(random, ['重点', 'VIP', '老客户'])};${pick(random, regions)}"` : '';
    return [
      customerKey(i),
      name,
      organization ? 'organization' : 'person',
      phone,
      email,
      organization ? pick(random, industries) : '',
      pick(random, regions),
      random() < 0.5 ? pick(random, sources) : '',
      owner,
      tags,
    ].join(',');
  });
}

export const productKey = (i: number) => `SKU-${pad(i + 1, 5)}`;

export function writeProductsCsv(path: string, count: number, seed = 2) {
  const random = seededRandom(seed);
  return writeLines(path, 'sku,name,category,list_price,unit_cost', count, (i) => {
    const price = 5 + Math.floor(random() * 2000);
    return [
      productKey(i),
      `产品${i + 1}`,
      pick(random, industries),
      `${price}.00`,
      random() < 0.8 ? (price * 0.6).toFixed(2) : '',
    ].join(',');
  });
}

/**
 * About `lines` order lines (one to five per order, rows of an order together) for customers
 * 1…`customers` and products 1…`products`, over 2021–2025, with amounts as shops write them.
 */
export function writeOrdersCsv(path: string, lines: number, customers: number, products: number, seed = 3) {
  const random = seededRandom(seed);
  let order = 0;
  let left = 0;
  let head = '';
  let channel = '';
  const header =
    'order_id,customer_external_id,ordered_at,status,currency,sku,quantity,unit_price,unit_cost,amount_collected,channel';
  return writeLines(path, header, lines, () => {
    if (left === 0) {
      order++;
      left = 1 + Math.floor(random() * 5);
      const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(random() * 5 * 365) * 86_400_000);
      const at = `${day.toISOString().slice(0, 10)} ${pad(8 + Math.floor(random() * 14), 2)}:${pad(Math.floor(random() * 60), 2)}`;
      const status = random() < 0.93 ? 'paid' : random() < 0.5 ? 'refunded' : 'cancelled';
      head = `O${pad(order, 9)},${customerKey(Math.floor(random() * customers))},${at},${status},CNY`;
      channel = pick(random, channels);
    }
    left--;
    const product = Math.floor(random() * products);
    const price = 5 + Math.floor(random() * 2000);
    const sku = random() < 0.97 ? productKey(product) : '';
    const quantity = 1 + Math.floor(random() * 4);
    return `${head},${sku},${quantity},${price}.${pad(Math.floor(random() * 100), 2)},${random() < 0.8 ? (price * 0.6).toFixed(2) : ''},,${channel}`;
  });
}
