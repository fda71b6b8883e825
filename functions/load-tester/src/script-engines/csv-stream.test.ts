import { describe, expect, it } from 'vitest';
import { CsvStream, HeaderedCsv } from './csv-stream.js';

function parseInChunks(text: string, chunk: number): string[][] {
  const out: string[][] = [];
  const csv = new CsvStream((r) => out.push(r));
  for (let i = 0; i < text.length; i += chunk) csv.push(text.slice(i, i + chunk));
  csv.end();
  return out;
}

describe('CsvStream', () => {
  const text = 'a,b,c\r\n1,"two, with comma","say ""hi"""\n' + '3,"line one\nline two",\n\n' + '"",x,"last"';
  const expected = [
    ['a', 'b', 'c'],
    ['1', 'two, with comma', 'say "hi"'],
    ['3', 'line one\nline two', ''],
    ['', 'x', 'last'],
  ];

  it('reads quotes, doubled quotes, separators and newlines inside quotes, CRLF and a last line without newline', () => {
    expect(parseInChunks(text, text.length)).toEqual(expected);
  });

  it('gives the same records whatever the chunk boundaries', () => {
    for (let chunk = 1; chunk <= 7; chunk++) expect(parseInChunks(text, chunk)).toEqual(expected);
  });

  it('holds back a record until its line end arrives', () => {
    const out: string[][] = [];
    const csv = new CsvStream((r) => out.push(r));
    csv.push('x,"open\n');
    expect(out).toEqual([]);
    csv.push('still open",y\n');
    expect(out).toEqual([['x', 'open\nstill open', 'y']]);
  });
});

describe('HeaderedCsv', () => {
  it('maps fields by the header and leaves missing ones empty', () => {
    const rows: Array<Record<string, string>> = [];
    const csv = new HeaderedCsv((r) => rows.push(r));
    csv.stream.push('name, value\nk,1\nonly\n');
    csv.stream.end();
    expect(csv.columns).toEqual(['name', 'value']);
    expect(rows).toEqual([
      { name: 'k', value: '1' },
      { name: 'only', value: '' },
    ]);
  });
});
