import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../src/main/core/errors';
import { importCsv } from '../../../src/main/core/schedule/csv-import';
import { csvTemplate } from '../../../src/main/core/schedule/csv-template';
import { makeMp4, makePng, makePngOfSize } from '../../helpers/media-files';
import { useTempDir } from '../../helpers/temp-dir';
import { addAccounts, DEFAULT_ACCOUNTS, openStores } from './harness';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const HEADER = 'Account,DateTime,Text,Media Path,Alt Text';

describe('CSV import', () => {
  const tempDir = useTempDir();
  const opened: { close(): void }[] = [];
  afterEach(() => opened.splice(0).forEach((stores) => stores.close()));

  function setup(extraAccounts: Parameters<typeof addAccounts>[1] = []) {
    const dataDir = tempDir();
    const accounts = addAccounts(dataDir, [...DEFAULT_ACCOUNTS, ...extraAccounts]);
    const stores = openStores(dataDir, { now: () => NOW });
    opened.push(stores);
    // A string is written as UTF-8, as most programs save it; bytes are the file as it is.
    // HorizonsNHS asks for confirmation: these tests confirm it unless they are about confirming.
    const horizons = accounts[0]?.id ?? '';
    const run = (csv: string | Uint8Array, acceptValid = false, baseDir: string | null = dataDir, confirmedAccountIds: string[] = [horizons]) =>
      importCsv(
        { bytes: typeof csv === 'string' ? Buffer.from(csv, 'utf8') : csv, acceptValid, baseDir: baseDir ?? undefined, confirmedAccountIds },
        {
          accounts: () => stores.accounts.list(),
          zone: () => 'Europe/London',
          locale: () => 'en-GB',
          now: () => new Date(NOW),
          media: stores.media,
          createPosts: (input, guard) => stores.queue.create(input, guard),
          confirmations: stores.confirmations,
        },
      );
    return { dataDir, accounts, stores, run };
  }

  it('schedules one post per row, with RFC 4180 quoting, local London times across both DST nights, offsets and media', async () => {
    const { dataDir, stores, run } = setup();
    writeFileSync(join(dataDir, 'ward.png'), makePng(4, 4));
    const csv = [
      HEADER,
      '@HorizonsNHS,2026-03-29 09:00,"Clinics open, as usual.\nSee you there, ""everyone""",ward.png,A ward with six beds',
      'sam_comms,2026-10-25 09:00,Autumn post,,',
      'SAM_COMMS,2026-04-01T10:00:00+02:00,With an offset,,',
      '',
    ].join('\r\n');
    const report = await run(csv);
    expect(report).toMatchObject({ valid: 3, invalid: 0, imported: 3 });
    expect(report.rows).toEqual([
      { line: 2, ok: true, errors: [], account: '@HorizonsNHS', dueAt: '2026-03-29T08:00:00.000Z', text: 'Clinics open, as usual.\nSee you there, "everyone"' },
      { line: 4, ok: true, errors: [], account: '@sam_comms', dueAt: '2026-10-25T09:00:00.000Z', text: 'Autumn post' },
      { line: 5, ok: true, errors: [], account: '@sam_comms', dueAt: '2026-04-01T08:00:00.000Z', text: 'With an offset' },
    ]);
    const posts = stores.queue.list({ states: ['scheduled'] });
    expect(posts.map((p) => p.id).sort()).toEqual([...report.postIds].sort());
    const first = posts.find((p) => p.dueAt === '2026-03-29T08:00:00.000Z');
    expect(first).toMatchObject({ zone: 'Europe/London', graceMinutes: 15, parts: [{ text: 'Clinics open, as usual.\nSee you there, "everyone"' }] });
    expect(first?.parts[0]?.media).toEqual([expect.objectContaining({ name: 'ward.png', mimeType: 'image/png', kind: 'photo', altText: 'A ward with six beds' })]);
    // The queue keeps its own copy of the file.
    await expect(stores.media.read(first?.parts[0]?.media[0]?.id as string)).resolves.toEqual(makePng(4, 4));
  });

  it('reports every problem of every row, naming the column, and imports nothing', async () => {
    const { dataDir, stores, run } = setup([{ handle: 'HorizonsNHS', kind: 'corporate', training: false, userId: '77' }]);
    writeFileSync(join(dataDir, 'big.png'), makePngOfSize(5 * 1024 * 1024 + 1));
    writeFileSync(join(dataDir, 'notes.txt'), 'not an image');
    writeFileSync(join(dataDir, 'ok.png'), makePng(2, 2));
    const csv = [
      HEADER,
      'nobody,2026-03-29 09:00,Hi,,', // 2
      'sam_comms,2026-03-29 01:30,Gap,,', // 3
      'sam_comms,2026-10-25 01:30,Twice,,', // 4
      'sam_comms,2026-02-01 09:00,Past,,', // 5
      `sam_comms,next tuesday,${'x'.repeat(281)},,`, // 6
      'sam_comms,2026-05-01 09:00,  ,missing.png,', // 7
      'sam_comms,2026-05-01 09:00,Big,big.png,alt', // 8
      'sam_comms,2026-05-01 09:00,Text file,notes.txt,alt', // 9
      'HorizonsNHS (training),2026-05-01 09:00,No alt,ok.png,', // 10
      'HorizonsNHS,2026-05-01 09:00,Which one,,', // 11
      `sam_comms,2026-05-01 09:00,Long alt,ok.png,${'a'.repeat(1001)}`, // 12
      'sam_comms,2026-05-01 09:00,Alt alone,,describes nothing', // 13
      'sam_comms,2026-05-01 09:00,Fine,,,extra', // 14
      'sam_comms,2026-05-01 09:00,The only good row,,', // 15
    ].join('\n');
    const report = await run(csv);
    expect(report).toMatchObject({ valid: 1, invalid: 13, imported: 0, postIds: [] });
    const errors = Object.fromEntries(report.rows.map((row) => [row.line, row.errors]));
    expect(errors[2]).toEqual(['account: no connected account is @nobody.']);
    expect(errors[3]).toEqual([expect.stringMatching(/^datetime: 29 March 2026 01:30 does not exist in Europe\/London.*02:00 BST \(UTC\+1\)/)]);
    expect(errors[4]).toEqual([expect.stringMatching(/^datetime: .*happens twice.*Add the offset to say which: 2026-10-25T01:30\+01:00 or 2026-10-25T01:30\+00:00\.$/)]);
    expect(errors[5]).toEqual([expect.stringMatching(/^datetime: Sunday 1 February 2026, 09:00 GMT \(UTC\+0\) has already passed\.$/)]);
    expect(errors[6]).toEqual([expect.stringMatching(/^datetime: "next tuesday" is not a date and time such as 03\/12\/2026 09:30 \(dd\/mm\/yyyy hh:mm, in Europe\/London\), or ISO 8601/), 'text: is 281 characters as X counts them; X allows 280.']);
    expect(errors[7]).toEqual(['text: is empty.', expect.stringMatching(/^media path: there is no file at .*missing\.png\.$/)]);
    expect(errors[8]).toEqual([expect.stringMatching(/^media path: .*big\.png is a PNG image of 5\.0 MB; X takes at most 5 MB/)]);
    expect(errors[9]).toEqual([expect.stringMatching(/^media path: .*notes\.txt is not a file X accepts/)]);
    expect(errors[10]).toEqual(['alt text: @HorizonsNHS requires alt text on images and video.']);
    expect(errors[11]).toEqual(['account: @HorizonsNHS is both a training and a live account; write "@HorizonsNHS (training)" or "@HorizonsNHS (live)".']);
    expect(errors[12]).toEqual(['alt text: is 1001 characters; X allows 1000.']);
    expect(errors[13]).toEqual(['alt text: is given but there is no media path to describe.']);
    expect(errors[14]).toEqual([expect.stringMatching(/^has 6 fields but the header names 5/)]);
    expect(errors[15]).toEqual([]);
    expect(stores.queue.list()).toEqual([]);
    expect(stores.db.prepare('SELECT count(*) FROM media').pluck().get()).toBe(0);
  });

  it('imports only the valid rows when the user accepts them', async () => {
    const { stores, run } = setup();
    const csv = `${HEADER}\nnobody,2026-05-01 09:00,Hi,,\nsam_comms,2026-05-01 09:00,Good one,,\n`;
    const report = await run(csv, true);
    expect(report).toMatchObject({ valid: 1, invalid: 1, imported: 1 });
    expect(stores.queue.list().map((p) => [p.state, p.dueAt, p.parts[0]?.text])).toEqual([['scheduled', '2026-05-01T08:00:00.000Z', 'Good one']]);
  });

  it('imports nothing for an account that asks for confirmation until one confirmation covering its rows is given, and records it', async () => {
    const { accounts, stores, run } = setup();
    const [horizons, sam] = accounts;
    expect(horizons).toMatchObject({ handle: 'HorizonsNHS', confirmBeforePosting: true });
    const csv = `${HEADER}\nHorizonsNHS,2026-05-01 09:00,Corporate news,,\nsam_comms,2026-05-01 10:00,My own news,,\nHorizonsNHS,2026-05-02 09:00,More corporate news,,\n`;
    const asked = await run(csv, false, null, []);
    expect(asked).toMatchObject({ imported: 0, valid: 3, invalid: 0 });
    expect(asked.confirmation?.message).toMatch(/@HorizonsNHS asks for confirmation before scheduling posts from a CSV file/);
    expect(asked.confirmation?.accounts).toEqual([
      {
        accountId: horizons?.id,
        handle: 'HorizonsNHS',
        posts: [
          { line: 2, dueAt: '2026-05-01T08:00:00.000Z', text: 'Corporate news' },
          { line: 4, dueAt: '2026-05-02T08:00:00.000Z', text: 'More corporate news' },
        ],
      },
    ]);
    expect(stores.queue.list()).toEqual([]);
    expect(stores.confirmations.list({ limit: 10 })).toEqual([]);

    const report = await run(csv, false, null, [horizons?.id ?? '']);
    expect(report).toMatchObject({ imported: 3, confirmation: null });
    const corporate = stores.queue.list().filter((post) => post.accountId === horizons?.id);
    expect(corporate.map((post) => post.state)).toEqual(['scheduled', 'scheduled']);
    // One record for the batch, listing both posts; none for the personal account.
    const trail = stores.confirmations.list({ limit: 10 });
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ network: 'x', accountId: horizons?.id, handle: 'HorizonsNHS', path: 'csv_import', confirmedAt: new Date(NOW).toISOString() });
    expect([...(trail[0]?.subjects ?? [])].sort()).toEqual(corporate.map((post) => post.id).sort());
    expect(trail[0]?.summary).toMatch(/CSV import: 3 posts from line 2, line 3, line 4/);
    expect(sam).toMatchObject({ confirmBeforePosting: false });
  });

  it('gives the duplicate-across-accounts advice for the same text from two accounts, naming the lines', async () => {
    const { run } = setup();
    const report = await run(`${HEADER}\nHorizonsNHS,2026-05-01 09:00,Flu jabs at the clinic today!,,\nsam_comms,2026-05-01 09:30,flu jabs at the clinic today,,\nsam_comms,2026-05-01 11:00,Something else,,\n`);
    expect(report.imported).toBe(3);
    expect(report.findings).toEqual([
      expect.objectContaining({ ruleId: 'x.duplicate_across_accounts', severity: 'advice', refs: ['line 2', 'line 3'], accounts: [expect.objectContaining({ handle: 'HorizonsNHS' }), expect.objectContaining({ handle: 'sam_comms' })] }),
    ]);
    expect(report.findings[0]?.message).toMatch(/identical or substantially similar posts from several accounts/);
  });

  it('reads header names in any case and order, with optional media columns left out', async () => {
    const { run } = setup();
    const report = await run('TEXT,account,DATETIME\n"Hello, world",@sam_comms,2026-05-01T09:00Z\n');
    expect(report.rows).toEqual([{ line: 2, ok: true, errors: [], account: '@sam_comms', dueAt: '2026-05-01T09:00:00.000Z', text: 'Hello, world' }]);
  });

  it('refuses a file without a usable header, or one that cannot be read, as invalid input', async () => {
    const { run } = setup();
    await expect(run('')).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('empty') });
    await expect(run('sam_comms,2026-05-01 09:00,Hi\n')).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('"sam_comms" is not a column') });
    await expect(run('account,text\nsam_comms,Hi\n')).rejects.toMatchObject({ message: expect.stringContaining('the header has no datetime column') });
    await expect(run(`${HEADER}\n`)).rejects.toMatchObject({ message: expect.stringContaining('no rows') });
    await expect(run(`${HEADER}\nsam_comms,2026-05-01 09:00,"never closed\n`)).rejects.toMatchObject({ message: expect.stringContaining('line 2: a quoted field is never closed') });
  });

  it('reports a row the queue refuses at creation, and keeps no copy of its media', async () => {
    const { dataDir, stores } = setup();
    writeFileSync(join(dataDir, 'ok.png'), makePng(2, 2));
    const report = await importCsv(
      { bytes: Buffer.from(`${HEADER}\nsam_comms,2026-05-01 09:00,Refused,ok.png,Alt\nsam_comms,2026-05-02 09:00,Fine,,\n`), acceptValid: false, baseDir: dataDir },
      {
        accounts: () => stores.accounts.list(),
        zone: () => 'Europe/London',
        locale: () => 'en-GB',
        now: () => new Date(NOW),
        media: stores.media,
        createPosts: (input, guard) => {
          if (input.posts[0]?.parts[0]?.text === 'Refused') throw new AppError('invalid_input', 'the queue says no');
          return stores.queue.create(input, guard);
        },
        confirmations: stores.confirmations,
      },
    );
    expect(report).toMatchObject({ valid: 1, invalid: 1, imported: 1 });
    expect(report.rows[0]).toMatchObject({ line: 2, ok: false, errors: ['could not be scheduled: the queue says no'] });
    expect(stores.db.prepare('SELECT count(*) FROM media').pluck().get()).toBe(0);
    expect(readdirSync(join(dataDir, 'media'))).toEqual([]);
  });

  it('needs a full media path when it does not know the CSV folder, and takes an MP4', async () => {
    const { dataDir, run } = setup();
    writeFileSync(join(dataDir, 'clip.mp4'), makeMp4(4096));
    const relative = await run(`${HEADER}\nsam_comms,2026-05-01 09:00,Video,clip.mp4,A clip\n`, false, null);
    expect(relative.rows[0]?.errors).toEqual(['media path: "clip.mp4" is relative; give the full path to the file.']);
    const absolute = await run(`${HEADER}\nsam_comms,2026-05-01 09:00,Video,${join(dataDir, 'clip.mp4')},A clip\n`, false, null);
    expect(absolute).toMatchObject({ imported: 1 });
  });

  describe('files from UK spreadsheets', () => {
    /** Writes the bytes to a real file and imports what is read back from disk. */
    function fromFile(dataDir: string, bytes: Uint8Array): Uint8Array {
      const path = join(dataDir, 'week.csv');
      writeFileSync(path, bytes);
      return readFileSync(path);
    }

    it('reads dd/mm/yyyy with or without a comma before the time, with seconds, and ISO with or without an offset', async () => {
      const { dataDir, stores, run } = setup();
      const csv = [
        HEADER,
        'sam_comms,03/12/2026 09:30,Space,,', // 2: GMT
        'sam_comms,"03/12/2026, 14:30",Comma,,', // 3: Excel's "dd/mm/yyyy, hh:mm" (quoted: it holds the comma)
        'sam_comms,01/06/2026 14:30:45,Seconds in BST,,', // 4
        'sam_comms,1/6/2026 9:05,One digit,,', // 5
        'sam_comms,2026-06-01T14:30:15,ISO without offset,,', // 6: London wall time
        'sam_comms,2026-06-01 14:30,ISO with a space,,', // 7
        'sam_comms,2026-06-01T14:30:00-04:00,ISO with offset,,', // 8
      ].join('\r\n');
      const report = await run(fromFile(dataDir, Buffer.from(csv)));
      expect(report).toMatchObject({ valid: 7, invalid: 0, imported: 7, encoding: 'utf-8', delimiter: ',' });
      expect(report.rows.map((row) => [row.line, row.dueAt, row.text])).toEqual([
        [2, '2026-12-03T09:30:00.000Z', 'Space'],
        [3, '2026-12-03T14:30:00.000Z', 'Comma'],
        [4, '2026-06-01T13:30:45.000Z', 'Seconds in BST'],
        [5, '2026-06-01T08:05:00.000Z', 'One digit'],
        [6, '2026-06-01T13:30:15.000Z', 'ISO without offset'],
        [7, '2026-06-01T13:30:00.000Z', 'ISO with a space'],
        [8, '2026-06-01T18:30:00.000Z', 'ISO with offset'],
      ]);
      expect(stores.queue.list({ states: ['scheduled'] })).toHaveLength(7);
    });

    it('refuses a date without a time, and dates or times that do not exist, naming the datetime column', async () => {
      const { stores, run } = setup();
      const csv = [
        HEADER,
        'sam_comms,03/12/2026,Date only,,', // 2
        'sam_comms,2026-12-03,ISO date only,,', // 3
        'sam_comms,31/02/2026 09:00,No such day,,', // 4
        'sam_comms,03/12/2026 25:00,No such hour,,', // 5
        'sam_comms,12/03/26 09:00,Two-digit year,,', // 6
      ].join('\n');
      const report = await run(csv);
      expect(report).toMatchObject({ valid: 0, invalid: 5, imported: 0 });
      const errors = Object.fromEntries(report.rows.map((row) => [row.line, row.errors]));
      expect(errors[2]).toEqual(['datetime: "03/12/2026" is a date without a time; add the time, such as 03/12/2026 09:30.']);
      expect(errors[3]).toEqual(['datetime: "2026-12-03" is a date without a time; add the time, such as 03/12/2026 09:30.']);
      expect(errors[4]).toEqual(['datetime: "31/02/2026" is not a real date in the form dd/mm/yyyy.']);
      expect(errors[5]).toEqual(['datetime: "25:00" is not a 24-hour time such as 09:30 or 17:45.']);
      expect(errors[6]).toEqual(['datetime: "12/03/26" is not a real date in the form dd/mm/yyyy.']);
      expect(report.rows.map((row) => row.text)).toEqual(['Date only', 'ISO date only', 'No such day', 'No such hour', 'Two-digit year']);
      expect(stores.queue.list()).toEqual([]);
    });

    it('handles the nights the clocks change as the composer does: a skipped time is refused with the first real one, a doubled one asks for the offset', async () => {
      const { run } = setup();
      const csv = [
        HEADER,
        'sam_comms,29/03/2026 01:30,Skipped,,', // 2
        'sam_comms,"25/10/2026, 01:30",Twice,,', // 3
        'sam_comms,25/10/2026 01:30:15,Twice with seconds,,', // 4
        'sam_comms,29/03/2026 02:30,Just after,,', // 5
        'sam_comms,25/10/2026 01:30+00:00,,,', // 6: not a form Columns reads
        'sam_comms,2026-10-25T01:30+00:00,The second 01:30,,', // 7
      ].join('\n');
      const report = await run(csv);
      const byLine = Object.fromEntries(report.rows.map((row) => [row.line, row]));
      expect(byLine[2]?.errors).toEqual([expect.stringMatching(/^datetime: 29 March 2026 01:30 does not exist in Europe\/London.*The first time after it is 02:00 BST \(UTC\+1\)\.$/)]);
      expect(byLine[3]?.errors).toEqual([expect.stringMatching(/^datetime: 25 October 2026 01:30 happens twice.*Add the offset to say which: 2026-10-25T01:30\+01:00 or 2026-10-25T01:30\+00:00\.$/)]);
      expect(byLine[4]?.errors).toEqual([expect.stringMatching(/Add the offset to say which: 2026-10-25T01:30:15\+01:00 or 2026-10-25T01:30:15\+00:00\.$/)]);
      expect(byLine[5]).toMatchObject({ ok: true, dueAt: '2026-03-29T01:30:00.000Z' });
      expect(byLine[6]?.errors[0]).toMatch(/^datetime: "25\/10\/2026 01:30\+00:00" is not a date and time such as/);
      expect(byLine[7]).toMatchObject({ ok: true, dueAt: '2026-10-25T01:30:00.000Z' });
    });

    it('reads a semicolon-separated file (the header decides), quotes holding semicolons included', async () => {
      const { dataDir, stores, run } = setup();
      const csv = 'account;datetime;text\r\nsam_comms;03/12/2026 09:30;"Clinic open; walk-ins, too"\r\nsam_comms;04/12/2026 09:30;Plain, with a comma\r\n';
      const report = await run(fromFile(dataDir, Buffer.from(csv)));
      expect(report).toMatchObject({ imported: 2, delimiter: ';' });
      expect(stores.queue.list().map((post) => post.parts[0]?.text).sort()).toEqual(['Clinic open; walk-ins, too', 'Plain, with a comma']);
      const extra = await run('account;datetime;text\nsam_comms;03/12/2026 10:30;One;two\n');
      expect(extra.rows[0]?.errors).toEqual(['has 4 fields but the header names 3; put a field that holds a semicolon in double quotes.']);
    });

    it('reads UTF-8 with a BOM and Windows-1252 (Excel\'s plain "CSV"), keeping £ and ’', async () => {
      const { dataDir, stores, run } = setup();
      const body = `${HEADER}\r\nsam_comms,03/12/2026 09:30,Parking £2 – it’s free after 6pm,,\r\n`;
      const withBom = await run(fromFile(dataDir, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')])));
      expect(withBom).toMatchObject({ imported: 1, encoding: 'utf-8', rows: [{ ok: true, text: 'Parking £2 – it’s free after 6pm' }] });

      // £ is A3, – is 96 and ’ is 92 in Windows-1252: single bytes that are not valid UTF-8.
      const ansi = Buffer.concat([Buffer.from(`${HEADER}\r\nsam_comms,04/12/2026 09:30,Parking `, 'latin1'), Buffer.from([0xa3]), Buffer.from('2 ', 'latin1'), Buffer.from([0x96]), Buffer.from(' it', 'latin1'), Buffer.from([0x92]), Buffer.from('s free,,\r\n', 'latin1')]);
      const windows = await run(fromFile(dataDir, ansi));
      expect(windows).toMatchObject({ imported: 1, encoding: 'windows-1252', rows: [{ ok: true, text: 'Parking £2 – it’s free' }] });
      expect(stores.queue.list().map((post) => post.parts[0]?.text).sort()).toEqual(['Parking £2 – it’s free', 'Parking £2 – it’s free after 6pm']);

      await expect(run(Buffer.from(`\uFEFF${HEADER}`, 'utf16le'))).rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining('UTF-16') });
    });

    it('downloads a template whose example row imports as it is: tomorrow 09:30 in dd/mm/yyyy', async () => {
      const { run } = setup();
      const template = csvTemplate({ handle: 'sam_comms', zone: 'Europe/London', locale: 'en-GB', now: new Date(NOW) });
      expect(template.csv).toBe('\uFEFFaccount,datetime,text,media path,alt text\r\nsam_comms,02/03/2026 09:30,"Flu jabs at the clinic today, no need to book",,\r\n');
      const report = await run(Buffer.from(template.csv, 'utf8'));
      expect(report).toMatchObject({ imported: 1, rows: [{ ok: true, dueAt: '2026-03-02T09:30:00.000Z', text: 'Flu jabs at the clinic today, no need to book' }] });
    });
  });
});
