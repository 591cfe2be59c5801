// A v2 timeline or search page with its includes, as the network-neutral TimelinePage: each post
// with its author, media (alt text included), metrics and the quoted or reposted post when the
// page carried it.
import type { ItemLink } from '../../../../shared/columns';
import type { ItemAuthor, ItemMedia, TimelineItem, TimelinePage } from '../provider';
import type { XMedia, XPost, XTimelinePage, XUser } from './wire';

/** What every timeline request asks for, so a TimelineItem can be filled completely. */
export const TIMELINE_FIELDS = {
  expansions: 'author_id,referenced_tweets.id,referenced_tweets.id.author_id,attachments.media_keys,referenced_tweets.id.attachments.media_keys,in_reply_to_user_id',
  'tweet.fields': 'attachments,author_id,conversation_id,created_at,entities,in_reply_to_user_id,public_metrics,referenced_tweets',
  'user.fields': 'name,profile_image_url,username',
  'media.fields': 'alt_text,height,media_key,preview_image_url,type,url,width',
} as const;

interface Lookup {
  users: ReadonlyMap<string, XUser>;
  posts: ReadonlyMap<string, XPost>;
  media: ReadonlyMap<string, XMedia>;
}

export function toAuthor(user: XUser): ItemAuthor {
  return { id: user.id, handle: user.username, displayName: user.name, avatarUrl: user.profile_image_url ?? null };
}

function authorOf(id: string, lookup: Lookup): ItemAuthor {
  const user = lookup.users.get(id);
  // X leaves out users it will not show (suspended, withheld): the post still shows, by id.
  return user ? toAuthor(user) : { id, handle: '', displayName: '', avatarUrl: null };
}

function toMedia(media: XMedia): ItemMedia {
  return {
    key: media.media_key,
    type: media.type,
    url: media.url ?? null,
    previewUrl: media.preview_image_url ?? media.url ?? null,
    altText: media.alt_text ?? null,
    width: media.width ?? null,
    height: media.height ?? null,
  };
}

/** The t.co links with where they lead; a link X did not expand is left as written. */
function linksOf(post: XPost): ItemLink[] {
  return (post.entities?.urls ?? []).flatMap((link) =>
    link.expanded_url ? [{ url: link.url, expandedUrl: link.expanded_url, displayUrl: link.display_url ?? link.expanded_url }] : [],
  );
}

const referenceOf = (post: XPost, type: 'replied_to' | 'quoted' | 'retweeted'): string | null =>
  post.referenced_tweets?.find((ref) => ref.type === type)?.id ?? null;

function toItem(post: XPost, lookup: Lookup, depth: number): TimelineItem {
  const quotedId = referenceOf(post, 'quoted');
  const repostOfId = referenceOf(post, 'retweeted');
  const referenced =
    depth > 0
      ? []
      : [quotedId, repostOfId].flatMap((id) => {
          const included = id === null ? undefined : lookup.posts.get(id);
          return included ? [toItem(included, lookup, depth + 1)] : [];
        });
  const metrics = post.public_metrics;
  return {
    id: post.id,
    text: post.text,
    createdAt: post.created_at,
    author: authorOf(post.author_id, lookup),
    conversationId: post.conversation_id ?? post.id,
    inReplyToUserId: post.in_reply_to_user_id ?? null,
    replyToId: referenceOf(post, 'replied_to'),
    quotedId,
    repostOfId,
    referenced,
    media: (post.attachments?.media_keys ?? []).flatMap((key) => {
      const media = lookup.media.get(key);
      return media ? [toMedia(media)] : [];
    }),
    metrics: metrics ? { likes: metrics.like_count, reposts: metrics.retweet_count, replies: metrics.reply_count, quotes: metrics.quote_count } : null,
    links: linksOf(post),
    // X's v2 post object does not say whether a reply is hidden; only the hide call itself does.
    hidden: false,
  };
}

export function toTimelinePage(page: XTimelinePage): TimelinePage {
  const lookup: Lookup = {
    users: new Map((page.includes?.users ?? []).map((user) => [user.id, user])),
    posts: new Map((page.includes?.tweets ?? []).map((post) => [post.id, post])),
    media: new Map((page.includes?.media ?? []).map((media) => [media.media_key, media])),
  };
  const items = (page.data ?? []).map((post) => toItem(post, lookup, 0));
  return {
    items,
    nextCursor: page.meta?.next_token ?? null,
    newestId: page.meta?.newest_id ?? items[0]?.id ?? null,
    oldestId: page.meta?.oldest_id ?? items.at(-1)?.id ?? null,
  };
}
