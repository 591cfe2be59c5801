import { describe, expect, it } from 'vitest';
import { ACCOUNT_PALETTE, contrastRatio, isHexColour, readableTextOn } from '../../../src/renderer/src/accounts/colour';
import { endedExplanation, laterProgress } from '../../../src/renderer/src/accounts/connect-progress';
import { initialsOf } from '../../../src/renderer/src/accounts/initials';
import type { ConnectProgress } from '../../../src/shared/contract';

describe('initials for an account without a picture', () => {
  it.each([
    ['Horizons NHS', 'HorizonsNHS', 'HN'],
    ['Schools for Change', 'Sch4Change', 'SF'],
    ['', 'sam_comms', 'SC'],
    ['  ', 'x', 'X'],
    ['Élodie', 'elodie', 'É'],
  ])('%j (@%s) → %s', (displayName, handle, expected) => {
    expect(initialsOf(displayName, handle)).toBe(expected);
  });
});

describe('account colours', () => {
  it('picks the text colour with the higher contrast, reaching AA for large text on every palette colour', () => {
    expect(readableTextOn('#005eb8')).toBe('#ffffff');
    expect(readableTextOn('#ffeb3b')).toBe('#000000');
    for (const { hex } of ACCOUNT_PALETTE) {
      expect(isHexColour(hex)).toBe(true);
      expect(contrastRatio(hex, readableTextOn(hex))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('accepts only #rrggbb, as the core does', () => {
    expect(isHexColour('#1d9bf0')).toBe(true);
    expect(isHexColour('#1D9BF0')).toBe(true);
    expect(isHexColour('1d9bf0')).toBe(false);
    expect(isHexColour('#fff')).toBe(false);
    expect(readableTextOn('not a colour')).toBe('#ffffff');
  });
});

function progress(state: ConnectProgress['state'], attemptId = 'a1'): ConnectProgress {
  return { attemptId, state, authorizeUrl: 'https://x.com/i/oauth2/authorize?x', opened: false, message: null, account: null };
}

describe('following a connect attempt', () => {
  it('keeps whichever report is further along, whatever the arrival order', () => {
    expect(laterProgress(progress('waiting'), progress('exchanging')).state).toBe('exchanging');
    expect(laterProgress(progress('exchanging'), progress('waiting')).state).toBe('exchanging');
    expect(laterProgress(progress('connected'), progress('cancelled')).state).toBe('connected');
    expect(laterProgress(null, progress('waiting')).state).toBe('waiting');
  });

  it('takes a new attempt as it comes', () => {
    expect(laterProgress(progress('failed', 'a1'), progress('waiting', 'a2'))).toMatchObject({ attemptId: 'a2', state: 'waiting' });
  });

  it('explains each ending, preferring the core’s own sentence', () => {
    expect(endedExplanation(progress('denied')).title).toBe('X did not give Columns access');
    expect(endedExplanation(progress('timed_out')).title).toBe('The sign-in took too long');
    expect(endedExplanation({ ...progress('failed'), message: 'X refused the client id.' }).detail).toBe('X refused the client id.');
  });
});
