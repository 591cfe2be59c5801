// One SandboxUser as an X user object: id, name and username always, the rest when asked for.
import type { SandboxUser } from '../model';
import { userEntities } from './entities';
import { effectiveUserFields, type FieldSelection } from './fields';
import type { RenderLookup } from './lookup';
import type { XUser } from './wire';

export function renderUser(user: SandboxUser, selection: FieldSelection, lookup: RenderLookup): XUser {
  const fields = effectiveUserFields(selection);
  const out: XUser = { id: user.id, name: user.name, username: user.username };

  if (fields.has('created_at')) out.created_at = user.createdAt;
  if (fields.has('description')) out.description = user.description;
  // X leaves location out when the profile has none, but sends url as "" (clients rely on both).
  if (fields.has('location') && user.location) out.location = user.location;
  if (fields.has('url')) out.url = user.url ?? '';
  if (fields.has('profile_image_url')) out.profile_image_url = user.profileImageUrl;
  if (fields.has('protected')) out.protected = user.protected;
  if (fields.has('verified')) out.verified = user.verified;
  if (fields.has('verified_type')) out.verified_type = verifiedType(user);
  if (fields.has('public_metrics')) out.public_metrics = { ...lookup.userMetrics(user.id) };
  if (fields.has('entities')) {
    const entities = userEntities(user.description, user.url);
    if (entities) out.entities = entities;
  }
  if (fields.has('pinned_tweet_id')) {
    const pinned = lookup.pinnedPostId?.(user.id);
    if (pinned) out.pinned_tweet_id = pinned;
  }
  return out;
}

/** Organisations get X's gold "business" check; verified people and communities the blue one. */
function verifiedType(user: SandboxUser): NonNullable<XUser['verified_type']> {
  if (!user.verified) return 'none';
  return user.kind === 'corporate' ? 'business' : 'blue';
}
