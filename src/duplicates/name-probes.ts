import { keyPatterns } from './key-patterns.ts';
import { similarNameThreshold } from './similarity.ts';

/**
 * How the duplicate check finds names similar to a typed one without reading every key
 * (docs/duplicates.md, "The check"): a key that scores ≥ 0.7 against the typed key must share most of
 * its grams, and duplicate_name_keys holds each key's grams (guanxi_search_grams of the key: single
 * CJK characters and two-character grams, docs/search.md) under a GIN index. The probes are sets of
 * grams; a key containing every gram of one probe is a candidate, then scored in TypeScript.
 */
export interface NameProbes {
  /** The typed key's grams as guanxi_search_grams makes them. */
  grams: string[];
  /** How many of them a record with a score ≥ the threshold holds at least. */
  required: number;
  /** Each a set of `required` grams; a candidate holds all grams of at least one. */
  probes: string[][];
  /**
   * For a Chinese key: the keys of the names of one or two characters that reach the threshold and that
   * the probes miss. Those are compared by their single characters (王明 and 王小明 score 0.8) and
   * hold none of its bigrams, so they are looked up by their keys.
   */
  shortKeys: string[];
}

const cjkRun = new RegExp(`${keyPatterns('js').cjk}+`, 'gu');

/** At most this many probes of every `required`-subset; beyond, the runs of consecutive grams. */
export const maxProbes = 20;

/**
 * The probes for a person-name or organisation key (personNameKey, organisationKey). Grams follow
 * keySimilarity: a key with 1–2 CJK characters gives its single characters (so does the record it
 * must meet), a longer one the bigrams of its CJK runs; other words give their two-letter grams (the
 * score uses padded trigrams, which guanxi_search_grams does not make: an approximation). Null when the key
 * has fewer than two grams: only a record with the same key can then reach the threshold, and the
 * exact lookup finds it.
 */
export function similarNameProbes(key: string | null): NameProbes | null {
  if (!key) return null;
  const runs = key.match(cjkRun) ?? [];
  const cjkCharacters = runs.flatMap((run) => Array.from(run));
  const grams = new Set<string>();
  for (const run of runs) {
    const chars = Array.from(run);
    if (cjkCharacters.length <= 2 || chars.length === 1) for (const char of chars) grams.add(char);
    else for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  }
  for (const word of key.replace(cjkRun, ' ').split(' ')) {
    const chars = Array.from(word);
    for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  }
  const list = [...grams];
  const shortKeys =
    runs.length === 1 && runs[0] === key ? shortNames(cjkCharacters).filter((name) => name !== key) : [];
  if (list.length < 2) return shortKeys.length ? { grams: list, required: list.length, probes: [], shortKeys } : null;
  const required = requiredGrams(list.length);
  return { grams: list, required, probes: probesOf(list, required), shortKeys };
}

/**
 * The fewest of n grams a record must share for a Dice score ≥ t: with s shared of its b grams,
 * 2s/(n+b) ≥ t and b ≥ s give s ≥ t·n/(2−t) (0.54·n at 0.7). Reached only when the record's grams
 * are all among the typed key's (a shorter name, 华信办公 for 华信办公科技); a record as long as the
 * typed name must share more.
 */
export function requiredGrams(n: number, threshold = similarNameThreshold): number {
  return Math.max(1, Math.ceil((threshold * n) / (2 - threshold) - 1e-9));
}

/** Every `size`-subset of the grams while there are at most maxProbes, else every run of `size` consecutive grams. */
function probesOf(grams: string[], size: number): string[][] {
  if (binomial(grams.length, size) > maxProbes)
    return Array.from({ length: grams.length - size + 1 }, (_, i) => grams.slice(i, i + size));
  const subsets: string[][] = [];
  const pick = (from: number, chosen: string[]) => {
    if (chosen.length === size) return void subsets.push(chosen);
    for (let i = from; i <= grams.length - (size - chosen.length); i++) pick(i + 1, [...chosen, grams[i]]);
  };
  pick(0, []);
  return subsets;
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return Math.round(result);
}

/**
 * The names of one or two characters whose single characters S score ≥ 0.7 against the distinct
 * characters D of a Chinese name, which the probes cannot find: 2·|S∩D| / (|D|+|S|) ≥ 0.7 holds for
 * S = D when |D| ≤ 2 (办办 and 办; 信王王 and 王信), and for two of them when |D| = 3 (王小明 and 王明,
 * 明王: 0.8), never when |D| ≥ 4. A name of two different characters is probed by its characters.
 */
function shortNames(chars: string[]): string[] {
  const distinct = [...new Set(chars)];
  if (distinct.length === 1) return [distinct[0], distinct[0] + distinct[0]];
  if (distinct.length > 3 || chars.length < 3) return [];
  const pairs: string[] = [];
  for (const first of distinct) for (const second of distinct) if (first !== second) pairs.push(first + second);
  return pairs;
}
