import { z } from 'zod';
import { THEMES, type Settings } from './settings';

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

export const settingsSchema = z
  .object({
    theme: z.enum(THEMES),
    timeZone: z.string().max(64).refine(isTimeZone, { message: 'must be an IANA time zone such as Europe/London' }),
    locale: z.string().max(35).refine(isLocale, { message: 'must be a BCP 47 locale such as en-GB' }),
  })
  .strict() satisfies z.ZodType<Settings>;

export const settingsPatchSchema = settingsSchema
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, { message: 'name at least one setting to change' });
