// Who a fresh access token belongs to (GET /2/users/me), for the account row and its avatar.
import type { Identity } from '../providers/provider';
import type { XEndpoint } from '../providers/x/endpoint';
import { userClient } from '../providers/x/oauth';

export async function fetchIdentity(endpoint: XEndpoint, accessToken: string): Promise<Identity> {
  const { data } = await (await userClient(endpoint, accessToken)).v2.me({ 'user.fields': ['profile_image_url', 'name', 'username'] });
  return { userId: data.id, handle: data.username, displayName: data.name, avatarUrl: data.profile_image_url ?? null };
}
