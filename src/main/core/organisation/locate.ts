// Where the organisation file may be, in the order Columns looks: COLUMNS_ORG_CONFIG (IT's
// deployment tool or a test), a system-wide path per OS (where IT installs it for every user), and
// the user's data folder (a colleague's export, dropped in by hand). The first that exists wins.
import { join } from 'node:path';
import type { OrganisationVia } from '../../../shared/organisation';
import { APP_NAME } from '../paths';

export const ORGANISATION_FILE = 'organisation.json';

export interface OrganisationCandidate {
  path: string;
  via: OrganisationVia;
}

export interface LocateInput {
  /** COLUMNS_ORG_CONFIG, if set. */
  envPath?: string | undefined;
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  dataDir: string;
}

/** The system-wide place per OS: /etc on Linux, /Library on macOS, ProgramData on Windows. */
export function systemOrganisationPath(platform: NodeJS.Platform, env: Record<string, string | undefined>): string {
  switch (platform) {
    case 'darwin':
      return join('/Library', 'Application Support', APP_NAME, ORGANISATION_FILE);
    case 'win32':
      return join(env['ProgramData'] ?? env['PROGRAMDATA'] ?? 'C:\\ProgramData', APP_NAME, ORGANISATION_FILE);
    default:
      return join('/etc', APP_NAME.toLowerCase(), ORGANISATION_FILE);
  }
}

export function organisationCandidates({ envPath, platform, env, dataDir }: LocateInput): OrganisationCandidate[] {
  const candidates: OrganisationCandidate[] = [];
  if (envPath !== undefined && envPath.trim() !== '') candidates.push({ path: envPath, via: 'env' });
  candidates.push({ path: systemOrganisationPath(platform, env), via: 'system' });
  candidates.push({ path: join(dataDir, ORGANISATION_FILE), via: 'data' });
  return candidates;
}
