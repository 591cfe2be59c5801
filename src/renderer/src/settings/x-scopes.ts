// Why Columns asks X for each permission, in words a comms officer can repeat to an information
// governance lead.
export const SCOPE_REASONS: Readonly<Record<string, string>> = {
  'tweet.read': 'Read posts: your timelines, mentions and the hashtags you follow in columns.',
  'users.read': 'Read profiles: names and pictures of your accounts and of the people who reply.',
  'timeline.read': 'Read who reposted your posts, for the Activity column.',
  'tweet.write': 'Post, reply and repost, and delete your own posts: only when you press Post or a scheduled time comes.',
  'tweet.moderate.write': 'Hide replies to your posts, for moderating a tweet chat.',
  'like.write': 'Like and unlike posts.',
  'mute.write': 'Mute accounts that disrupt a conversation.',
  'block.read': 'See who you have blocked, so their posts stay out of your columns.',
  'media.write': 'Upload images, with their alt text, to your posts.',
  'offline.access': 'Stay signed in, so scheduled posts go out without you signing in again each time.',
};
