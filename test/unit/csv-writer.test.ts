// The one CSV writer every export uses: RFC 4180 quoting, CRLF records, a UTF-8 BOM, and the formula
// guard on exactly the text cells a spreadsheet would run (= + - @, tab or CR first).
import { describe, expect, it } from 'vitest';
import { csvDocument, csvField, csvRecord } from '../../src/main/core/csv/writer';
import { parseCsv } from '../../src/main/core/schedule/csv-parser';

describe('csvField', () => {
  it('guards text cells a spreadsheet would run as a formula with a leading apostrophe', () => {
    expect(csvField('=1+1')).toBe("'=1+1");
    expect(csvField('+44 20 7946 0000')).toBe("'+44 20 7946 0000");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('@HorizonsNHS thanks')).toBe("'@HorizonsNHS thanks");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    // A leading CR is a line break too, so the guarded cell is also quoted.
    expect(csvField('\r=cmd')).toBe(`"'\r=cmd"`);
    expect(csvField('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
  });

  it('leaves everything else as it is: handles without "@", numbers typed as numbers, formula characters later on', () => {
    expect(csvField('HorizonsNHS')).toBe('HorizonsNHS');
    expect(csvField(-5)).toBe('-5');
    expect(csvField(-0.25)).toBe('-0.25');
    expect(csvField(14)).toBe('14');
    expect(csvField('1+1=2')).toBe('1+1=2');
    expect(csvField('email me@nhs.net')).toBe('email me@nhs.net');
    expect(csvField("'already quoted")).toBe("'already quoted");
    expect(csvField('')).toBe('');
    expect(csvField(null)).toBe('');
  });

  it('refuses a number that is not finite', () => {
    expect(() => csvField(Number.NaN)).toThrow(/finite/);
    expect(() => csvField(Number.POSITIVE_INFINITY)).toThrow(/finite/);
  });

  it('quotes fields with a comma, quote or line break and doubles the quotes (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField('£2 – it’s 🙂')).toBe('£2 – it’s 🙂');
  });
});

describe('csvRecord and csvDocument', () => {
  it('ends every record with CRLF and starts the file with a BOM', () => {
    expect(csvRecord(['a', 1, null, 'b,c'])).toBe('a,1,,"b,c"\r\n');
    const doc = csvDocument(['handle', 'change', 'note'], [['HorizonsNHS', -5, '-5 on last week'], ['nurse_jo', 3, 'Line one\nline two, "quoted"']]);
    expect(doc).toBe('\uFEFFhandle,change,note\r\nHorizonsNHS,-5,\'-5 on last week\r\nnurse_jo,3,"Line one\nline two, ""quoted"""\r\n');
  });

  it('reads back through the import parser field for field', () => {
    const rows = [['HorizonsNHS', 'a "b", c\nd', '=1+1'], ['', '+44 20 7946 0000', '@x']];
    const fields = parseCsv(csvDocument(['x', 'y', 'z'], rows)).map((record) => record.fields);
    expect(fields).toEqual([['x', 'y', 'z'], ['HorizonsNHS', 'a "b", c\nd', "'=1+1"], ['', "'+44 20 7946 0000", "'@x"]]);
  });
});
