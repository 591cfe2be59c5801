// What the item cache keeps per (account, post): a ColumnItem without what is derived on reading
// (segments, permissions) or local (handled), plus the facts permissions need.
import { z } from 'zod';
import { itemSortKey, type ColumnItem } from '../../../shared/columns';
import type { TimelineItem } from '../providers/provider';

const author = z.object({ id: z.string(), handle: z.string(), displayName: z.string(), avatarUrl: z.string().nullable() });

export const cachedItemSchema = z.object({
  id: z.string(),
  text: z.string(),
  createdAt: z.string(),
  author,
  conversationId: z.string(),
  replyToId: z.string().nullable(),
  inReplyToUserId: z.string().nullable(),
  quoted: z.object({ id: z.string(), author, text: z.string() }).nullable(),
  repostOf: z.object({ id: z.string(), author }).nullable(),
  media: z.array(
    z.object({
      key: z.string(),
      type: z.enum(['photo', 'animated_gif', 'video']),
      altText: z.string().nullable(),
      width: z.number().nullable(),
      height: z.number().nullable(),
    }),
  ),
  metrics: z.object({ likes: z.number(), reposts: z.number(), replies: z.number(), quotes: z.number() }).nullable(),
  /** Wrapped links (t.co) and where they lead; absent in rows cached before links were kept. */
  links: z.array(z.object({ url: z.string(), expandedUrl: z.string(), displayUrl: z.string() })).optional(),
  hidden: z.boolean(),
});

export type CachedItem = z.infer<typeof cachedItemSchema> & Pick<ColumnItem, 'quoted' | 'repostOf'>;

export function toCachedItem(item: TimelineItem): CachedItem {
  const quoted = item.quotedId ? item.referenced.find((ref) => ref.id === item.quotedId) : undefined;
  const reposted = item.repostOfId ? item.referenced.find((ref) => ref.id === item.repostOfId) : undefined;
  return {
    id: item.id,
    text: item.text,
    createdAt: item.createdAt,
    author: item.author,
    conversationId: item.conversationId,
    replyToId: item.replyToId,
    inReplyToUserId: item.inReplyToUserId,
    quoted: quoted ? { id: quoted.id, author: quoted.author, text: quoted.text } : null,
    repostOf: reposted ? { id: reposted.id, author: reposted.author } : item.repostOfId ? { id: item.repostOfId, author: item.author } : null,
    media: item.media.map(({ key, type, altText, width, height }) => ({ key, type, altText, width, height })),
    metrics: item.metrics,
    links: item.links,
    hidden: item.hidden,
  };
}

/** Newest first by time, then by id: the one order every column lists in (shared with the renderer). */
export const sortKey = itemSortKey;
