import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv } from '../../../src/main/core/schedule/csv-parser';

describe('parseCsv (RFC 4180)', () => {
  it('reads plain records with CRLF, LF or CR line ends and an optional last line break', () => {
    expect(parseCsv('a,b\r\n1,2\r\n')).toEqual([{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }]);
    expect(parseCsv('a,b\n1,2')).toEqual([{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }]);
    expect(parseCsv('a,b\r1,2\r')).toEqual([{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['1', '2'] }]);
    expect(parseCsv('a,,\n')).toEqual([{ line: 1, fields: ['a', '', ''] }]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields, and counts lines', () => {
    const csv = '\uFEFFaccount,text\r\n"@HorizonsNHS","Hello, ""world""\r\nsecond line\nthird"\r\n@sam_comms,""\r\n';
    expect(parseCsv(csv)).toEqual([
      { line: 1, fields: ['account', 'text'] },
      { line: 2, fields: ['@HorizonsNHS', 'Hello, "world"\nsecond line\nthird'] },
      { line: 5, fields: ['@sam_comms', ''] },
    ]);
  });

  it('names the line of a quote never closed, text after a closing quote, and a stray quote', () => {
    expect(() => parseCsv('a,b\n1,"open\n\n')).toThrow('line 2: a quoted field is never closed');
    expect(() => parseCsv('a,b\n1,"x"y\n')).toThrow('line 2: text after a closing quote');
    expect(() => parseCsv('a,b\n\n1,x"y\n')).toThrow('line 3: a " inside a field');
  });

  it('takes semicolons when the header line has more of them than commas, outside quotes', () => {
    expect(detectDelimiter('account;datetime;text\r\nsam_comms;03/12/2026 09:30;Hi, all\r\n')).toBe(';');
    expect(detectDelimiter('account,datetime,text\nsam_comms,03/12/2026 09:30,a;b;c;d\n')).toBe(',');
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(detectDelimiter('account')).toBe(',');
    expect(parseCsv('a;"b;c";d\n1;2;3', ';')).toEqual([{ line: 1, fields: ['a', 'b;c', 'd'] }, { line: 2, fields: ['1', '2', '3'] }]);
  });
});
