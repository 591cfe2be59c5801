// How an organisation's value meets the user's: a locked value always wins and cannot be changed;
// an unlocked one is the organisation's suggestion, in force until the user sets their own.
import type { OrgLockable } from '../../../shared/organisation';
import { AppError } from '../errors';
import type { OrganisationSource } from './source';

/** The organisation as the stores see it; null without an organisation file support (tests, the sandbox). */
export type OrganisationReader = Pick<OrganisationSource, 'file' | 'isLocked'>;

export function effectiveValue<T>(
  organisation: OrganisationReader | null | undefined,
  key: OrgLockable,
  organisationValue: T | undefined,
  stored: T | null | undefined,
  fallback: T,
): T {
  if (organisationValue !== undefined && organisation?.isLocked(key)) return organisationValue;
  if (stored !== null && stored !== undefined) return stored;
  return organisationValue ?? fallback;
}

/**
 * Refuses a change to a locked value, naming the field and who to ask. Sending the locked value
 * itself is not a change (a form saves all its fields at once).
 */
export function refuseIfLocked(
  organisation: OrganisationReader | null | undefined,
  key: OrgLockable,
  field: string,
  change: { to: unknown; locked: unknown },
): void {
  if (change.to === undefined || !organisation?.isLocked(key)) return;
  if (JSON.stringify(change.to) === JSON.stringify(change.locked)) return;
  const name = organisation.file()?.organisation ?? 'your organisation';
  throw new AppError('invalid_input', `${field}: set by ${name} in its organisation file and locked; ask your IT team to change it.`);
}
