// The organisation file (organisation.json) that IT writes once for everyone: the X app, the plan and
// prices, the corporate accounts, monitoring hours, saved replies, and which of these users may not
// change. This schema is the whole format; README "Organisation file" documents it with an example.
// It never holds a secret: a confidential X app's secret is asked for once and kept in the keychain.
import { z } from 'zod';
import { ACCOUNT_KINDS } from './accounts';
import { ORG_LOCKABLE, SAVED_REPLY_CATEGORIES, UK_BANK_HOLIDAY_REGIONS, WEEKDAYS } from './organisation';
import { settingsSchema } from './settings-schema';
import { X_API_PLANS, X_PRICES_MICROS } from './x-plans';

const handle = z
  .string()
  .regex(/^@?[A-Za-z0-9_]{1,15}$/, 'must be an X handle such as @HorizonsNHS')
  .transform((value) => value.replace(/^@/, ''));
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour such as #005eb8');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a 24-hour time such as 09:00');
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date such as 2026-12-24');
const billable = z.enum(Object.keys(X_PRICES_MICROS) as [keyof typeof X_PRICES_MICROS, ...(keyof typeof X_PRICES_MICROS)[]]);

const xAppSchema = z
  .object({
    clientId: z.string().trim().min(1, 'must not be empty').max(200),
    /** "public": a native app (PKCE only), one-button connect. "confidential": asks for its secret once. */
    clientType: z.enum(['public', 'confidential']).default('public'),
    clientSecret: z
      .undefined({
        error: 'a client secret never goes in the organisation file: Columns asks for it once, at the first connect, and keeps it in the keychain',
      })
      .optional(),
    callbackPort: z.number().int().min(1024).max(65535).optional(),
    plan: z.enum(X_API_PLANS).optional(),
    /** US dollars per item, for the spend meter (X's published pay-per-use prices by default). */
    prices: z.partialRecord(billable, z.number().min(0).max(100)).optional(),
  })
  .strict();

const accountSchema = z
  .object({
    handle,
    kind: z.enum(ACCOUNT_KINDS).default('corporate'),
    colour: hexColour.optional(),
    confirmBeforePosting: z.boolean().default(true),
    requireAltText: z.boolean().default(true),
  })
  .strict();

const openingSchema = z
  .object({ open: clock, close: clock })
  .strict()
  .refine((hours) => hours.open < hours.close, { error: 'open must be before close' });

const monitoringHoursSchema = z
  .object({
    timeZone: settingsSchema.shape.timeZone.default('Europe/London'),
    /** Opening hours per weekday; a day left out is closed. */
    days: z.partialRecord(z.enum(WEEKDAYS), openingSchema),
    bankHolidays: z.enum(UK_BANK_HOLIDAY_REGIONS).default('england-and-wales'),
    /** Extra closed days (e.g. a trust's own closure) and days open despite a bank holiday. */
    closedDays: z.array(isoDay).max(366).default([]),
    openDays: z.array(isoDay).max(366).default([]),
  })
  .strict();

const savedReplySchema = z
  .object({
    title: z.string().trim().min(1).max(80),
    category: z.enum(SAVED_REPLY_CATEGORIES),
    /** May use {name}, {handle} and {service}. */
    text: z.string().trim().min(1).max(1000),
    /** Per-account variants, by handle. */
    variants: z.record(handle, z.string().trim().min(1).max(1000)).optional(),
  })
  .strict();

export const organisationFileSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1, { error: 'must be 1 (the only version of the organisation file so far)' }),
    organisation: z.string().trim().min(1).max(120),
    x: xAppSchema.optional(),
    spend: z.object({ monthlyCapUsd: z.number().min(0).max(1_000_000).nullable() }).strict().optional(),
    accounts: z.array(accountSchema).max(50).optional(),
    settings: settingsSchema.partial().strict().optional(),
    monitoringHours: monitoringHoursSchema.optional(),
    savedReplies: z.array(savedReplySchema).max(500).optional(),
    locked: z.array(z.enum(ORG_LOCKABLE)).default([]),
  })
  .strict()
  .superRefine((file, ctx) => {
    file.locked.forEach((key, index) => {
      if (lockedValue(file, key) === undefined) {
        ctx.addIssue({ code: 'custom', path: ['locked', index], message: `"${key}" is locked, but the file gives it no value` });
      }
    });
    const seen = new Set<string>();
    (file.accounts ?? []).forEach((account, index) => {
      const key = account.handle.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['accounts', index, 'handle'], message: `@${account.handle} is listed twice` });
      seen.add(key);
    });
  });

export type OrganisationFile = z.infer<typeof organisationFileSchema>;
export type OrganisationAccount = OrganisationFile extends { accounts?: (infer A)[] } ? A : never;

/** The value a lockable key has in the file (undefined when the file does not set it). */
export function lockedValue(file: Omit<OrganisationFile, 'locked'>, key: (typeof ORG_LOCKABLE)[number]): unknown {
  switch (key) {
    case 'x.clientId':
      return file.x?.clientId;
    case 'x.callbackPort':
      return file.x?.callbackPort;
    case 'x.plan':
      return file.x?.plan;
    case 'x.prices':
      return file.x?.prices;
    case 'spend.monthlyCapUsd':
      return file.spend?.monthlyCapUsd;
    case 'settings.theme':
      return file.settings?.theme;
    case 'settings.timeZone':
      return file.settings?.timeZone;
    case 'settings.locale':
      return file.settings?.locale;
    case 'accounts':
      return file.accounts;
    case 'monitoringHours':
      return file.monitoringHours;
    case 'savedReplies':
      return file.savedReplies;
  }
}

/** The first few problems, each with the field it concerns: `x.clientId: must not be empty`. */
export function describeOrganisationIssues(error: z.ZodError): string {
  const lines = error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(the file)';
    return `${path}: ${issue.message}`;
  });
  const more = error.issues.length - lines.length;
  return more > 0 ? `${lines.join('; ')}; and ${more} more` : lines.join('; ');
}

/** "Export for a colleague": the organisation's name is asked for only when no file is in force. */
export const organisationExportSchema = z.object({ name: z.string().trim().min(1).max(120).optional() }).strict();
