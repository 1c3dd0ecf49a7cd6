import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, restoreCell } from './spreadsheet-cells.ts';

describe('spreadsheet cells', () => {
  it('puts a quote in front of cells a spreadsheet would run as a formula', () => {
    expect(neutraliseCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(neutraliseCell('+86 138 0013 8000')).toBe("'+86 138 0013 8000");
    expect(neutraliseCell('-1')).toBe("'-1");
    expect(neutraliseCell('@cmd')).toBe("'@cmd");
    expect(neutraliseCell('\tx')).toBe("'\tx");
    expect(neutraliseCell('\rx')).toBe("'\rx");
    expect(neutraliseCell("'=x")).toBe("''=x");
  });

  it('treats the full-width ＝ ＋ － ＠ like their ASCII forms', () => {
    expect(neutraliseCell('＝HYPERLINK("http://x")')).toBe('\'＝HYPERLINK("http://x")');
    expect(neutraliseCell('＋86 138')).toBe("'＋86 138");
    expect(neutraliseCell('－1')).toBe("'－1");
    expect(neutraliseCell('＠cmd')).toBe("'＠cmd");
    expect(neutraliseCell("'＝x")).toBe("''＝x");
    expect(restoreCell("'＝SUM(A1)")).toBe('＝SUM(A1)');
  });

  it('leaves other cells alone', () => {
    for (const cell of ['张伟', 'a=b', '1+1', ' =x', "'quoted", '', '100.00']) expect(neutraliseCell(cell)).toBe(cell);
  });

  it('is undone by restoreCell for any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^'*[=+\-@\t\r'a＝＋－＠]{0,4}.{0,3}$/)), (text) => {
        expect(restoreCell(neutraliseCell(text))).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
