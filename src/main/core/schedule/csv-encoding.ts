// What a CSV file's bytes say, decided on the bytes themselves: Excel's "CSV UTF-8" writes UTF-8 with
// a byte-order mark, other programs UTF-8 without one, and Excel's plain "CSV" on a UK Windows PC
// writes Windows-1252, where £ is the single byte A3 and ’ is 92. Bytes that are not valid UTF-8 are
// read as Windows-1252 (every byte means something there), so such a file is never refused or mangled.
import { AppError } from '../errors';

// What bytes 80–9F mean in Windows-1252 (WHATWG's table; the five it leaves undefined map to
// themselves). Node's own TextDecoder('windows-1252') decodes them as Latin-1 since 20.18.3
// (nodejs/node#60888: 92 becomes U+0092, not ’), so its answer is corrected with this table; where
// TextDecoder is right, nothing in that range is left to correct.
const CP1252_80_9F = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178,
];
const C1_CONTROLS = /[\u0080-\u009f]/g;

function windows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(C1_CONTROLS, (char) => String.fromCharCode(CP1252_80_9F[char.charCodeAt(0) - 0x80] as number));
}

export type CsvEncoding = 'utf-8' | 'windows-1252';

export interface DecodedCsv {
  text: string;
  encoding: CsvEncoding;
}

export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new AppError('invalid_input', 'The file is UTF-16 ("Unicode text"), not a CSV file. In Excel, save it as "CSV UTF-8 (Comma delimited)".');
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), encoding: 'utf-8' };
  } catch {
    return { text: windows1252(body), encoding: 'windows-1252' };
  }
}
