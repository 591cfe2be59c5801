// The confirmation decision: which accounts ask, which were not confirmed, and the refusal that
// names them and says how to confirm on each path.
import { describe, expect, it } from 'vitest';
import { asking, refusal, unconfirmed } from '../../../src/main/core/confirmations/decide';
import { accountSummary } from '../../helpers/account-summary';

const account = (handle: string, confirmBeforePosting: boolean) => accountSummary(handle, { kind: confirmBeforePosting ? 'corporate' : 'personal', confirmBeforePosting });
const horizons = account('HorizonsNHS', true);
const schools = account('Sch4Change', true);
const sam = account('sam_comms', false);

describe('the confirmation decision', () => {
  it('asks only accounts with confirm before posting, once each', () => {
    expect(asking([sam, horizons, horizons, schools])).toEqual([horizons, schools]);
    expect(asking([sam])).toEqual([]);
  });

  it('leaves out the confirmed accounts; nothing remains when every asking account is confirmed', () => {
    expect(unconfirmed([horizons, schools, sam], [])).toEqual([horizons, schools]);
    expect(unconfirmed([horizons, schools, sam], [horizons.id])).toEqual([schools]);
    expect(unconfirmed([horizons, schools, sam], [horizons.id, schools.id])).toEqual([]);
    // Confirming an account that does not ask changes nothing.
    expect(unconfirmed([sam], [sam.id])).toEqual([]);
  });

  it('names the accounts, the action and how to confirm it on that path', () => {
    expect(refusal('composer', [horizons])).toBe('@HorizonsNHS asks for confirmation before posting: confirm in the large-type dialog showing @HorizonsNHS first.');
    expect(refusal('repost', [horizons, schools])).toBe('@HorizonsNHS, @Sch4Change ask for confirmation before reposting: confirm in the large-type dialog showing @HorizonsNHS first.');
    expect(refusal('calendar_move', [schools])).toMatch(/before moving a post/);
    expect(refusal('cli_import', [horizons])).toBe('@HorizonsNHS asks for confirmation before scheduling posts from a CSV file: run the import again with --confirm @HorizonsNHS.');
  });
});
