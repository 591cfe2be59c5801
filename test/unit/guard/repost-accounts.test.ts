// Repost as another account: the renderer offers the receiving account first and only accounts of
// its kind; core refuses a training account acting on a live account's post (and the reverse).
import { describe, expect, it } from 'vitest';
import { actingAccount } from '../../../src/main/core/columns/item-actions';
import { repostChoices } from '../../../src/renderer/src/guard/repost-choices';
import { accountSummary } from '../../helpers/account-summary';

const account = (handle: string, training: boolean) => accountSummary(handle, { training });
const horizons = account('HorizonsNHS', true);
const schools = account('Sch4Change', true);
const live = account('RealTrust', false);
const all = [live, schools, horizons];

describe('reposting as a chosen account', () => {
  it('offers the receiving account first, then the others of its kind', () => {
    expect(repostChoices(horizons, all).map((a) => a.handle)).toEqual(['HorizonsNHS', 'Sch4Change']);
    expect(repostChoices(live, all).map((a) => a.handle)).toEqual(['RealTrust']);
  });

  it('acts as the receiving account by default, as another of its kind on request, never across training and live', () => {
    expect(actingAccount(all, horizons, undefined)).toBe(horizons);
    expect(actingAccount(all, horizons, schools.id)).toBe(schools);
    expect(() => actingAccount(all, horizons, live.id)).toThrow('A training account and a live X account never act on each other’s posts.');
    expect(() => actingAccount(all, live, horizons.id)).toThrow(/never act on each other/);
    expect(() => actingAccount(all, horizons, 'gone')).toThrow(/not connected/);
  });
});
