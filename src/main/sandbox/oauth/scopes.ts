// X's OAuth 2.0 scopes, each with the plain-English line the consent page shows trainees (people
// who have never used X need to see what "tweet.write" lets an app do).

export const X_SCOPES: Readonly<Record<string, string>> = {
  'tweet.read': 'Read posts you can see, including your timeline and the posts that mention you.',
  'tweet.write': 'Post, reply, repost and delete posts as you.',
  'tweet.moderate.write': 'Hide and unhide replies to your posts.',
  'timeline.read': 'See the activity on your posts, such as who reposted them.',
  'users.read': 'See your profile and other accounts’ profiles.',
  'follows.read': 'See who you follow and who follows you.',
  'follows.write': 'Follow and unfollow accounts as you.',
  'offline.access': 'Stay connected until you revoke access, without asking you to sign in again.',
  'space.read': 'See Spaces you can see.',
  'mute.read': 'See the accounts you have muted.',
  'mute.write': 'Mute and unmute accounts as you.',
  'like.read': 'See the posts you have liked and who liked your posts.',
  'like.write': 'Like and unlike posts as you.',
  'list.read': 'See your lists and the lists you follow.',
  'list.write': 'Create, change and delete your lists.',
  'block.read': 'See the accounts you have blocked.',
  'block.write': 'Block and unblock accounts as you.',
  'bookmark.read': 'See your bookmarks.',
  'bookmark.write': 'Add and remove bookmarks as you.',
  'media.write': 'Upload pictures and videos as you.',
  'dm.read': 'Read your direct messages.',
  'dm.write': 'Send direct messages as you.',
};

/**
 * A space-separated scope parameter as X accepts it: at least one scope, each one X knows.
 * Returns the scopes in request order without duplicates, or the first unknown one.
 */
export function parseScope(scope: string): { ok: true; scopes: string[] } | { ok: false; unknown: string } {
  const scopes = [...new Set(scope.split(' ').filter(Boolean))];
  const unknown = scopes.find((name) => !Object.hasOwn(X_SCOPES, name));
  if (unknown !== undefined) return { ok: false, unknown };
  return scopes.length === 0 ? { ok: false, unknown: '' } : { ok: true, scopes };
}
