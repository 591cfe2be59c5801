import { describe, expect, it } from 'vitest';
import { settingsPatchSchema, settingsSchema } from '../../src/shared/settings-schema';
import { DEFAULT_SETTINGS } from '../../src/shared/settings';

describe('settings schema', () => {
  it('defaults to en-GB in Europe/London, following the OS theme', () => {
    expect(settingsSchema.parse(DEFAULT_SETTINGS)).toEqual({ theme: 'system', timeZone: 'Europe/London', locale: 'en-GB' });
  });

  it.each(['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'UTC'])('accepts the IANA zone %s', (timeZone) => {
    expect(settingsPatchSchema.safeParse({ timeZone }).success).toBe(true);
  });

  it.each(['Mars/Base', 'GMT+25', '', 'Europe/London; DROP TABLE'])('refuses the zone %j', (timeZone) => {
    expect(settingsPatchSchema.safeParse({ timeZone }).success).toBe(false);
  });

  it('refuses an empty patch, unknown themes and malformed locales', () => {
    expect(settingsPatchSchema.safeParse({}).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ theme: 'sepia' }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ locale: 'not a locale!' }).success).toBe(false);
  });
});
