// The post checks: one list of rules, the first X's rule against the same words from several
// accounts you control; findings say who, what and where, and only must_fix refuses.
import { describe, expect, it } from 'vitest';
import { enforcePostChecks, RULES, runPostChecks, type PostCheckRule } from '../../../src/main/core/post-checks/checks';
import { DUPLICATE_RULE_ID, normalise, similarity } from '../../../src/main/core/post-checks/duplicate-across-accounts';
import { accountSummary } from '../../helpers/account-summary';

const account = (handle: string, id = handle) => accountSummary(handle, { id, userId: `${id.length}0${id.charCodeAt(0)}`, training: true, requireAltText: true });
const horizons = account('HorizonsNHS');
const schools = account('Sch4Change');
const sam = account('sam_comms');

describe('post checks', () => {
  it('starts with the duplicate-across-accounts rule', () => {
    expect(RULES.map((rule) => rule.id)).toEqual([DUPLICATE_RULE_ID]);
  });

  it('advises against the same text from two X accounts, naming X’s rule and “Customise for @…”', () => {
    const findings = runPostChecks([
      { account: horizons, texts: ['Flu jabs at the clinic today! https://nhs.uk/a'] },
      { account: schools, texts: ['flu jabs at the clinic today https://nhs.uk/b'] },
    ]);
    expect(findings).toEqual([
      {
        ruleId: DUPLICATE_RULE_ID,
        severity: 'advice',
        message: expect.stringContaining('The same text would go out from @HorizonsNHS and @Sch4Change.'),
        accounts: [
          { accountId: horizons.id, handle: 'HorizonsNHS' },
          { accountId: schools.id, handle: 'Sch4Change' },
        ],
        refs: [],
      },
    ]);
    expect(findings[0]?.message).toContain("X's automation rules do not allow identical or substantially similar posts from several accounts you control");
    expect(findings[0]?.message).toContain('"Customise for @Sch4Change"');
  });

  it('counts nearly the same words as substantially similar, but not different posts or one account twice', () => {
    const base = 'Our flu vaccination clinic opens on Saturday at the community hall from nine until four';
    expect(similarity(base, `${base}!`)).toBe(1);
    expect(similarity(base, base.replace('Saturday', 'Sunday'))).toBeGreaterThanOrEqual(0.8);
    expect(similarity(base, 'Schools are closed on Monday for training')).toBeLessThan(0.2);
    const near = runPostChecks([
      { account: horizons, texts: [base] },
      { account: schools, texts: [base.replace('Saturday', 'Sunday')] },
      { account: sam, texts: ['Completely different words about parking'] },
    ]);
    expect(near).toHaveLength(1);
    expect(near[0]?.message).toMatch(/^Nearly the same text would go out from @HorizonsNHS and @Sch4Change\./);
    expect(runPostChecks([{ account: horizons, texts: [base] }, { account: horizons, texts: [base] }])).toEqual([]);
    expect(runPostChecks([{ account: horizons, texts: [''] }, { account: schools, texts: ['  '] }])).toEqual([]);
    expect(normalise('  Hello,   WORLD! https://t.co/x ')).toBe('hello world');
  });

  it('groups three accounts into one finding and names the posts by the caller’s refs', () => {
    const findings = runPostChecks([
      { account: horizons, texts: ['Same words'], ref: 'line 2' },
      { account: schools, texts: ['Same words'], ref: 'line 3' },
      { account: sam, texts: ['same words.'], ref: 'line 4' },
    ]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ refs: ['line 2', 'line 3', 'line 4'] });
    expect(findings[0]?.message).toContain('@HorizonsNHS, @Sch4Change and @sam_comms');
    expect(findings[0]?.message).toContain('"Customise for @Sch4Change" or "Customise for @sam_comms"');
  });

  it('refuses must_fix findings and hands back advice (the list is open for later rules)', () => {
    const blocker: PostCheckRule = {
      id: 'test.no_shouting',
      check: (posts) =>
        posts.filter((post) => post.texts.some((text) => text === text.toUpperCase())).map((post) => ({ ruleId: 'test.no_shouting', severity: 'must_fix' as const, message: 'No shouting.', accounts: [{ accountId: post.account.id, handle: post.account.handle }], refs: [] })),
    };
    const rules = [...RULES, blocker];
    expect(() => enforcePostChecks([{ account: horizons, texts: ['HELLO'] }], rules)).toThrow('No shouting.');
    expect(enforcePostChecks([{ account: horizons, texts: ['Same'] }, { account: schools, texts: ['same'] }], rules)).toEqual([expect.objectContaining({ severity: 'advice' })]);
  });
});
