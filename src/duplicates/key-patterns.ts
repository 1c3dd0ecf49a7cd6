import { branchWords, latinLegalForms, legalFormSuffixes, legalFormsAnywhere } from './organisation-words.ts';
import {
  ambiguousCities,
  bracketedRegions,
  latinPlaces,
  placeSuffixes,
  prefectureCities,
  provincialDivisions,
} from './place-names.ts';

/**
 * The regular expressions of the duplicate keys, written once and rendered for JavaScript (`u` flag) and
 * for PostgreSQL's regular expressions, so that normalise.ts and the SQL functions in normalise.sql.ts
 * cannot drift apart. Only constructs both engines read alike are used: explicit code-point ranges (no
 * \s, \w or locale classes), and alternations where at most one alternative can match at a position
 * (JavaScript takes the first alternative that matches, PostgreSQL the longest: the place and word lists
 * hold no word that begins another, which a test checks).
 */
export type Dialect = 'js' | 'pg';
type CodePoints = readonly (readonly [number, number])[];

/** White space, including the ideographic space, no-break spaces and zero-width characters. */
const spaces: CodePoints = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0x85, 0x85],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x180e, 0x180e],
  [0x2000, 0x200d],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x2060],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];

/** Punctuation, symbols and controls of ASCII, Latin-1, General Punctuation and the CJK and full-width blocks, without ( and ). */
const punctuation: CodePoints = [
  [0x01, 0x1f],
  [0x21, 0x27],
  [0x2a, 0x2f],
  [0x3a, 0x40],
  [0x5b, 0x60],
  [0x7b, 0x9f],
  [0xa1, 0xbf],
  [0xd7, 0xd7],
  [0xf7, 0xf7],
  [0x2010, 0x2027],
  [0x2030, 0x205e],
  [0x3001, 0x3004],
  [0x3008, 0x3020],
  [0x3030, 0x3030],
  [0x30fb, 0x30fb],
  [0xfe10, 0xfe1f],
  [0xfe30, 0xfe6f],
  [0xff01, 0xff0f],
  [0xff1a, 0xff20],
  [0xff3b, 0xff40],
  [0xff5b, 0xff65],
];

const parentheses: CodePoints = [[0x28, 0x29]];
/** Combining diacritical marks, dropped from names after decomposition (é → e). */
const marks: CodePoints = [[0x300, 0x36f]];
/** Apostrophes join what they separate in a person's name (O'Brien → obrien). */
const apostrophes: CodePoints = [
  [0x27, 0x27],
  [0x60, 0x60],
  [0x2bc, 0x2bc],
  [0x2018, 0x2019],
];

/** Han characters (with radicals and the supplementary planes), kana, bopomofo and Hangul: scripts written without spaces. */
const cjk: CodePoints = [
  [0x1100, 0x11ff],
  [0x2e80, 0x2fdf],
  [0x3005, 0x3007],
  [0x3021, 0x3029],
  [0x3040, 0x30fa],
  [0x30fc, 0x30ff],
  [0x3100, 0x31ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7af],
  [0xf900, 0xfaff],
  [0x20000, 0x3ffff],
];

/** Every opening bracket becomes ( and every closing one ), by position in these strings. */
export const openingBrackets = '([{<〈《「『【〔〖〘〚⟨⦅｟（［｛＜｢\u2329';
export const closingBrackets = ')]}>〉》」』】〕〗〙〛⟩⦆｠）］｝＞｣\u232a';

function codePoint(value: number, dialect: Dialect): string {
  const hex = value.toString(16);
  if (dialect === 'js') return `\\u{${hex}}`;
  return value <= 0xffff ? `\\u${hex.padStart(4, '0')}` : `\\U${hex.padStart(8, '0')}`;
}

function characterClass(dialect: Dialect, ...sets: CodePoints[]): string {
  const ranges = sets
    .flat()
    .map(([from, to]) =>
      from === to ? codePoint(from, dialect) : `${codePoint(from, dialect)}-${codePoint(to, dialect)}`,
    );
  return `[${ranges.join('')}]`;
}

/** Longest first, so that JavaScript's first-match and PostgreSQL's longest-match agree even if a word began another. */
export function alternation(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return `(?:${sorted.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
}

/** Place names that count at the start of a name with or without a suffix. */
export const plainPlaceNames: readonly string[] = [...new Set([...provincialDivisions, ...prefectureCities])];
export const latinPlaceNames: readonly string[] = Object.keys(latinPlaces);
/** Everything a bracket may hold alone to be left out as a place. */
const bracketPlaceNames = [...plainPlaceNames, ...ambiguousCities, ...latinPlaceNames, ...bracketedRegions];

/** The patterns, as source text for the given engine. */
export function keyPatterns(dialect: Dialect) {
  const cls = (...sets: CodePoints[]) => characterClass(dialect, ...sets);
  const cjkClass = cls(cjk);
  const suffix = `(?:${alternation(placeSuffixes)})?`;
  return {
    marks: cls(marks),
    spaces: cls(spaces),
    apostrophes: cls(apostrophes),
    /** A run of punctuation and spaces, parentheses included (person names) or not (organisation names). */
    separators: `${cls(punctuation, parentheses, spaces)}+`,
    separatorsButParentheses: `${cls(punctuation, spaces)}+`,
    /** One CJK character. */
    cjk: cjkClass,
    /** A space between two CJK characters. */
    spaceWithinCjk: `(?<=${cjkClass}) (?=${cjkClass})`,
    /** A bracketed aside in a person's name: "王伟（销售部）". */
    bracketedAside: '\\([^()]*\\)',
    /** The phone number proper: the first run of dialling characters that holds a digit. */
    phoneRun: '[0-9+().\\-]*[0-9][0-9+().\\-]*',
    /** A last dash-separated group of up to 6 digits: an extension when what precedes is a whole number. */
    phoneDashGroup: '^(.*[0-9])-([0-9]{1,6})$',
    emailParts: '^(.+)@([^@]+)$',
    bracketedLegalForm: `\\( ?${alternation([...legalFormSuffixes, ...legalFormsAnywhere])} ?\\)`,
    bracketedPlace: `\\( ?(${alternation(bracketPlaceNames)})${suffix} ?\\)`,
    legalFormAnywhere: alternation(legalFormsAnywhere),
    /** One place at the start, with its suffix (no capture groups: PostgreSQL matches those much more slowly). */
    leadingPlace: `^(?:${alternation(plainPlaceNames)}${suffix}|${alternation(ambiguousCities)}市|${alternation(latinPlaceNames)}(?![a-z0-9]))`,
    /** The suffix of a place, which no place name ends with. */
    placeSuffixAtEnd: `${alternation(placeSuffixes)}$`,
    trailingLegalForm: `(?:${alternation(legalFormSuffixes)}|(?<![a-z0-9])${alternation(latinLegalForms)})$`,
    branch: `${alternation(branchWords)}$`,
  };
}

export type KeyPatterns = ReturnType<typeof keyPatterns>;
