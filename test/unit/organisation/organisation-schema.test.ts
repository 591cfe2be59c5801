// The organisation file's format: the README's example is a valid file, and the schema's refusals
// name the field a person must fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeOrganisationIssues, organisationFileSchema } from '../../../src/shared/organisation-schema';

function readmeExample(): unknown {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Organisation file'));
  const block = /```json\n([\s\S]*?)\n```/.exec(section)?.[1];
  if (block === undefined) throw new Error('README has no JSON example under "## Organisation file"');
  return JSON.parse(block);
}

function problems(value: unknown): string {
  const parsed = organisationFileSchema.safeParse(value);
  if (parsed.success) throw new Error('expected the file to be refused');
  return describeOrganisationIssues(parsed.error);
}

describe('the organisation file format', () => {
  it("accepts the README's example, with defaults filled in", () => {
    const file = organisationFileSchema.parse(readmeExample());
    expect(file.organisation).toBe('Horizons NHS programme');
    expect(file.accounts?.map((account) => account.handle)).toEqual(['HorizonsNHS', 'Sch4Change']);
    expect(file.accounts?.[1]).toEqual({ handle: 'Sch4Change', kind: 'corporate', colour: '#007f3b', confirmBeforePosting: true, requireAltText: true });
    expect(file.monitoringHours?.bankHolidays).toBe('england-and-wales');
  });

  it('names the field of each problem', () => {
    expect(problems({ version: 1, organisation: 'H', x: { clientId: '' } })).toBe('x.clientId: must not be empty');
    expect(problems({ version: 1, organisation: 'H', settings: { timeZone: 'Mars/Olympus' } })).toBe('settings.timeZone: must be an IANA time zone such as Europe/London');
    expect(problems({ version: 1, organisation: 'H', monitoringHours: { days: { mon: { open: '17:00', close: '09:00' } } } })).toBe('monitoringHours.days.mon: open must be before close');
    expect(problems({ version: 1, organisation: 'H', accounts: [{ handle: 'HorizonsNHS' }, { handle: '@horizonsnhs' }] })).toBe('accounts.1.handle: @horizonsnhs is listed twice');
    expect(problems({ version: 1, organisation: 'H', locked: ['accounts', 'everything'] })).toContain('locked.1:');
    expect(problems({ version: 1, organisation: 'H', colour: '#fff' })).toContain('Unrecognized key');
  });
});
