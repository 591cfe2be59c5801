// "Export for a colleague": the current set-up as an organisation file, ready for IT to review,
// lock what it wants and install. It holds no secret (a confidential app is marked as such; its
// secret stays in this keychain), only live accounts, and only prices that differ from X's.
import type { AccountSummary, XAppSettings } from '../../../shared/accounts';
import type { SpendSettings } from '../../../shared/columns';
import { lockedValue, organisationFileSchema, type OrganisationFile } from '../../../shared/organisation-schema';
import type { Settings } from '../../../shared/settings';
import { DEFAULT_PRICES } from '../spend/spend-store';

export interface CurrentSetUp {
  /** The organisation's name: the file's when one is in force, otherwise what the user typed. */
  name: string;
  xApp: XAppSettings;
  spend: SpendSettings;
  accounts: readonly AccountSummary[];
  settings: Settings;
  /** The file in force, whose monitoring hours, saved replies and locks carry over. */
  current: OrganisationFile | null;
}

export function exportOrganisationFile(setUp: CurrentSetUp): OrganisationFile {
  const { xApp, spend, settings, current } = setUp;
  const prices = Object.fromEntries(Object.entries(spend.prices).filter(([kind, usd]) => DEFAULT_PRICES[kind] !== undefined && DEFAULT_PRICES[kind] !== usd));
  const draft = {
    version: 1,
    organisation: current?.organisation ?? setUp.name,
    ...(xApp.clientId
      ? {
          x: {
            clientId: xApp.clientId,
            clientType: xApp.hasClientSecret ? 'confidential' : (xApp.organisation?.clientType ?? 'public'),
            callbackPort: xApp.callbackPort,
            plan: xApp.plan,
            ...(Object.keys(prices).length > 0 ? { prices } : {}),
          },
        }
      : {}),
    ...(spend.monthlyCapUsd !== null ? { spend: { monthlyCapUsd: spend.monthlyCapUsd } } : {}),
    accounts: setUp.accounts
      .filter((account) => !account.training)
      .map((account) => ({
        handle: account.handle,
        kind: account.kind,
        colour: account.colour,
        confirmBeforePosting: account.confirmBeforePosting,
        requireAltText: account.requireAltText,
      })),
    settings: { timeZone: settings.timeZone, locale: settings.locale },
    ...(current?.monitoringHours ? { monitoringHours: current.monitoringHours } : {}),
    ...(current?.savedReplies ? { savedReplies: current.savedReplies } : {}),
  };
  // A lock carries over only where the export still gives the value (the file must say what it locks).
  const locked = (current?.locked ?? []).filter((key) => lockedValue(draft as Omit<OrganisationFile, 'locked'>, key) !== undefined);
  // What Columns writes, Columns must read back: validated like any file IT installs.
  return organisationFileSchema.parse({ ...draft, locked });
}
