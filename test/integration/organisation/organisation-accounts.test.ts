// The organisation's corporate accounts on live accounts (the sandbox standing in for X): a listed
// handle connects with IT's colour and confirmation, a locked entry cannot be changed in Settings,
// and an unlocked one is IT's starting point that the user may change until IT changes the entry.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { call, connectAs, startHarness, type Harness } from '../../helpers/accounts';
import { useSandbox } from '../../helpers/sandbox';
import { useTempDir } from '../../helpers/temp-dir';
import { until } from '../../helpers/training-core';

const sandbox = useSandbox();
const tempDir = useTempDir();
const harnesses: Harness[] = [];
afterEach(async () => {
  for (const harness of harnesses.splice(0)) await harness.close();
});

const file = (locked: string[], colour = '#005EB8') => ({
  version: 1,
  organisation: 'Horizons NHS programme',
  accounts: [{ handle: 'HorizonsNHS', kind: 'corporate', colour, confirmBeforePosting: true, requireAltText: true }, { handle: 'sam_comms', kind: 'personal', confirmBeforePosting: false, requireAltText: false }],
  locked,
});

async function harness(dir: string): Promise<Harness> {
  const h = await startHarness(dir, sandbox(), { organisationSystemPath: join(dir, 'no-system.json'), organisationPollMs: 50, streams: false });
  harnesses.push(h);
  return h;
}

describe("the organisation's accounts", () => {
  it('a listed handle connects as IT set it, and a locked entry cannot be changed', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'organisation.json'), JSON.stringify(file(['accounts'])));
    const h = await harness(dir);
    const horizons = (await connectAs(h, sandbox(), 'HorizonsNHS')).account;
    expect(horizons).toMatchObject({ handle: 'HorizonsNHS', kind: 'corporate', colour: '#005eb8', confirmBeforePosting: true, requireAltText: true });
    const sam = (await connectAs(h, sandbox(), 'sam_comms')).account;
    expect(sam).toMatchObject({ kind: 'personal', confirmBeforePosting: false });

    await expect(call(h.core, 'accounts.update', { id: horizons?.id ?? '', confirmBeforePosting: false })).rejects.toThrow(
      "invalid_input: confirmBeforePosting: @HorizonsNHS's settings are set by Horizons NHS programme in its organisation file and locked; ask your IT team to change them.",
    );
    // What the organisation does not set stays the user's (the same value is not a change).
    expect(await call(h.core, 'accounts.update', { id: horizons?.id ?? '', colour: '#005eb8' })).toMatchObject({ colour: '#005eb8' });
  });

  it('an unlocked entry is a starting point: the user may change it until IT changes the entry', async () => {
    const dir = tempDir();
    const path = join(dir, 'organisation.json');
    writeFileSync(path, JSON.stringify(file([])));
    const h = await harness(dir);
    const horizons = (await connectAs(h, sandbox(), 'HorizonsNHS')).account;
    const id = horizons?.id ?? '';
    expect(await call(h.core, 'accounts.update', { id, colour: '#d5281b' })).toMatchObject({ colour: '#d5281b' });

    // IT changes something else in the file: the user's colour stands.
    writeFileSync(path, JSON.stringify({ ...file([]), settings: { locale: 'en-GB' } }));
    await until('the file is read again', async () => ((await call(h.core, 'organisation.get', {})).file?.settings ? true : null), 10_000, 25);
    expect((await call(h.core, 'accounts.list', {})).find((a) => a.id === id)?.colour).toBe('#d5281b');

    // IT changes this account's entry: it applies again, and the sidebar hears of it.
    writeFileSync(path, JSON.stringify(file([], '#007f3b')));
    await until('the entry applies', async () => ((await call(h.core, 'accounts.list', {})).find((a) => a.id === id)?.colour === '#007f3b' ? true : null), 10_000, 25);
    expect(h.changed.at(-1)?.find((a) => a.id === id)?.colour).toBe('#007f3b');
  });
});
