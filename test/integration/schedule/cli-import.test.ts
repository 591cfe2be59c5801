// `columns import` as a separate process on the same data folder: the report, --accept-valid,
// media paths relative to the CSV, and the exit code when errors stopped the import.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePng } from '../../helpers/media-files';
import { useTempDir } from '../../helpers/temp-dir';
import { addAccounts, DEFAULT_ACCOUNTS, openStores } from './harness';
import { runColumns } from '../../helpers/columns-cli';

// Its assertions read stderr as one line without the trailing newline.
const columns = async (dataDir: string, ...args: string[]) => {
  const result = await runColumns(dataDir, args);
  return { ...result, stderr: result.stderr.trimEnd() };
};

describe('columns import', () => {
  const tempDir = useTempDir();

  it('imports nothing and exits 1 on errors, then imports the valid rows with --accept-valid', { timeout: 60_000 }, async () => {
    const dataDir = tempDir();
    const csvDir = tempDir();
    addAccounts(dataDir, DEFAULT_ACCOUNTS);
    writeFileSync(join(csvDir, 'ward.png'), makePng(2, 2));
    const file = join(csvDir, 'week.csv');
    writeFileSync(file, 'account,datetime,text,media path,alt text\nHorizonsNHS,2027-03-28 09:00,Spring,ward.png,A ward\nnobody,2027-03-29 09:00,Hi,,\n');

    const refused = await columns(dataDir, 'import', file, '--json');
    expect(refused.code).toBe(1);
    const report = JSON.parse(refused.stdout);
    expect(report).toMatchObject({ valid: 1, invalid: 1, imported: 0, rows: [{ line: 2, ok: true, dueAt: '2027-03-28T08:00:00.000Z' }, { line: 3, ok: false, errors: ['account: no connected account is @nobody.'] }] });

    const text = await columns(dataDir, 'import', file);
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('line 3: account: no connected account is @nobody.');
    expect(text.stdout).toContain('Nothing imported: 1 of 2 rows have errors. Fix them, or run again with --accept-valid to import the 1 valid rows.');

    // @HorizonsNHS asks for confirmation: --accept-valid alone imports nothing and says what --confirm would cover.
    const unconfirmed = await columns(dataDir, 'import', file, '--accept-valid');
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stdout).toContain('--confirm @HorizonsNHS would cover 1 post:\n  line 2  2027-03-28T08:00:00.000Z  Spring');
    expect(unconfirmed.stdout).toContain('Nothing imported: @HorizonsNHS asks for confirmation before scheduling posts from a CSV file: run the import again with --confirm @HorizonsNHS.');
    const wrong = await columns(dataDir, 'import', file, '--accept-valid', '--confirm', 'nobody');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe('columns: No connected account is @nobody.');

    const accepted = await columns(dataDir, 'import', file, '--accept-valid', '--confirm', '@HorizonsNHS', '--json');
    expect(accepted.stderr).toBe('');
    expect(accepted.code).toBe(0);
    const acceptedReport = JSON.parse(accepted.stdout) as { postIds: string[] };
    expect(acceptedReport).toMatchObject({ imported: 1, postIds: [expect.any(String)], confirmation: null });
    const stores = openStores(dataDir);
    try {
      expect(stores.confirmations.list({ limit: 10 })).toEqual([
        expect.objectContaining({ handle: 'HorizonsNHS', path: 'cli_import', subjects: acceptedReport.postIds, summary: 'CSV import: 1 post from line 2' }),
      ]);
    } finally {
      stores.close();
    }

    // Excel's plain "CSV" on a UK PC: Windows-1252 (£ is the byte A3), dd/mm/yyyy, semicolons here.
    const excel = join(csvDir, 'excel.csv');
    writeFileSync(excel, Buffer.concat([Buffer.from('account;datetime;text\r\nsam_comms;"03/12/2027, 14:30";Parking ', 'latin1'), Buffer.from([0xa3]), Buffer.from('2\r\n', 'latin1')]));
    const ansi = await columns(dataDir, 'import', excel, '--json');
    expect(ansi.code).toBe(0);
    expect(JSON.parse(ansi.stdout)).toMatchObject({ imported: 1, encoding: 'windows-1252', delimiter: ';', rows: [{ ok: true, dueAt: '2027-12-03T14:30:00.000Z', text: 'Parking £2' }] });

    const missing = await columns(dataDir, 'import', join(csvDir, 'nope.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^columns: Cannot read .*nope\.csv: ENOENT\.$/);
    const usage = await columns(dataDir, 'import', '--json');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe('columns: import: takes exactly one FILE.csv');
  });
});
