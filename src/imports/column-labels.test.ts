import { describe, expect, it } from 'vitest';
import { dataKinds } from '../shared/domain.ts';
import { inLanguage, languages } from '../shared/language.ts';
import { columnLabels } from './column-labels.ts';
import { importColumns } from './columns.ts';
import { suggestMapping } from './headers.ts';
import { valueLabels, valueLabelsOf } from './value-labels.ts';

/** What exports and templates write in either language, the import reads back as it is. */
describe('the labels of the import’s columns and values', () => {
  it.each(dataKinds)('name every %s column in both languages, each read back as its column', (kind) => {
    const names = importColumns[kind].map((column) => column.name);
    expect(Object.keys(columnLabels[kind])).toEqual(names);
    for (const language of languages) {
      const headers = names.map((name) => inLanguage(columnLabels[kind][name], language));
      expect(new Set(headers).size, language).toBe(headers.length);
      expect(Object.values(suggestMapping(headers, importColumns[kind])), language).toEqual(names);
    }
  });

  it('label every code of an enumeration column in both languages, each read back as its code', () => {
    const columns = dataKinds.flatMap((kind) => importColumns[kind]);
    for (const [name, labels] of Object.entries(valueLabels)) {
      const column = columns.find((spec) => spec.name === name);
      expect(column, name).toBeDefined();
      for (const [code, label] of Object.entries(labels))
        for (const language of languages) expect(column?.parse(inLanguage(label, language)), name).toBe(code);
    }
    expect(valueLabelsOf('name')).toBeUndefined();
    expect(valueLabelsOf('toString')).toBeUndefined();
  });
});
