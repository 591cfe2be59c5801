import type { Database } from 'better-sqlite3';
import type { PublicMetrics, SandboxPoll, SandboxPost, Snowflake } from '../model';

interface PostRow {
  id: string;
  author_id: string;
  text: string;
  created_at: string;
  conversation_id: string;
  in_reply_to_post_id: string | null;
  in_reply_to_user_id: string | null;
  quoted_post_id: string | null;
  repost_of_id: string | null;
  media_keys: string;
  poll: string | null;
  hidden: number;
  lang: string;
  source: SandboxPost['source'];
}

const COLUMNS =
  'id, author_id, text, created_at, conversation_id, in_reply_to_post_id, in_reply_to_user_id, quoted_post_id, repost_of_id, media_keys, poll, hidden, lang, source';

function toPost(row: PostRow): SandboxPost {
  return {
    id: row.id,
    authorId: row.author_id,
    text: row.text,
    createdAt: row.created_at,
    conversationId: row.conversation_id,
    inReplyToPostId: row.in_reply_to_post_id,
    inReplyToUserId: row.in_reply_to_user_id,
    quotedPostId: row.quoted_post_id,
    repostOfId: row.repost_of_id,
    mediaKeys: JSON.parse(row.media_keys) as string[],
    poll: row.poll ? (JSON.parse(row.poll) as SandboxPoll) : null,
    hidden: row.hidden === 1,
    lang: row.lang,
    source: row.source,
  };
}

/** Which posts a timeline page covers: newest first, bounded by ids and times as X's parameters are. */
export interface PageBounds {
  sinceId?: Snowflake | undefined;
  untilId?: Snowflake | undefined;
  /** Exclusive upper id bound used by pagination tokens. */
  beforeId?: Snowflake | undefined;
  startTime?: string | undefined;
  endTime?: string | undefined;
  limit: number;
  /** Oldest first (a "previous page" reads upwards from its boundary); newest first by default. */
  oldestFirst?: boolean | undefined;
}

function boundClauses(bounds: Omit<PageBounds, 'limit'>): string[] {
  const clauses: string[] = [];
  if (bounds.sinceId) clauses.push('id > @sinceId');
  if (bounds.untilId) clauses.push('id < @untilId');
  if (bounds.beforeId) clauses.push('id < @beforeId');
  if (bounds.startTime) clauses.push('created_at >= @startTime');
  if (bounds.endTime) clauses.push('created_at < @endTime');
  return clauses;
}

export class PostsRepository {
  readonly #byId;
  readonly #insert;
  readonly #insertMention;
  readonly #softDelete;
  readonly #setHidden;
  readonly #metrics;
  readonly #recentText;
  readonly #findRepost;
  readonly #inConversation;
  readonly #mentions;

  constructor(private readonly db: Database) {
    this.#byId = db.prepare<[string], PostRow>(`SELECT ${COLUMNS} FROM posts WHERE id = ? AND deleted_at IS NULL`);
    this.#insert = db.prepare(
      `INSERT INTO posts (${COLUMNS}) VALUES (@id, @authorId, @text, @createdAt, @conversationId, @inReplyToPostId, @inReplyToUserId, @quotedPostId, @repostOfId, @mediaKeys, @poll, @hidden, @lang, @source)`,
    );
    this.#insertMention = db.prepare<[string, string]>('INSERT OR IGNORE INTO post_mentions (post_id, user_id) VALUES (?, ?)');
    this.#softDelete = db.prepare<[string, string]>('UPDATE posts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL');
    this.#setHidden = db.prepare<[number, string]>('UPDATE posts SET hidden = ? WHERE id = ?');
    this.#metrics = db.prepare<[string, string, string, string], { likes: number; reposts: number; replies: number; quotes: number }>(
      `SELECT (SELECT count(*) FROM likes WHERE post_id = ?) AS likes,
              (SELECT count(*) FROM posts WHERE repost_of_id = ? AND deleted_at IS NULL) AS reposts,
              (SELECT count(*) FROM posts WHERE in_reply_to_post_id = ? AND deleted_at IS NULL) AS replies,
              (SELECT count(*) FROM posts WHERE quoted_post_id = ? AND deleted_at IS NULL) AS quotes`,
    );
    this.#recentText = db.prepare<[string, string], { id: string }>(
      `SELECT id FROM posts WHERE author_id = ? AND text = ? AND repost_of_id IS NULL AND deleted_at IS NULL ORDER BY id DESC LIMIT 1`,
    );
    this.#findRepost = db.prepare<[string, string], PostRow>(
      `SELECT ${COLUMNS} FROM posts WHERE author_id = ? AND repost_of_id = ? AND deleted_at IS NULL`,
    );
    this.#inConversation = db.prepare<[string, string], { one: number }>(
      `SELECT 1 AS one FROM posts WHERE conversation_id = ? AND author_id = ? AND deleted_at IS NULL LIMIT 1`,
    );
    this.#mentions = db.prepare<[string, string], { one: number }>('SELECT 1 AS one FROM post_mentions WHERE post_id = ? AND user_id = ?');
  }

  get(id: Snowflake): SandboxPost | undefined {
    const row = this.#byId.get(id);
    return row && toPost(row);
  }

  insert(post: SandboxPost, mentionedUserIds: readonly Snowflake[]): void {
    this.db.transaction(() => {
      this.#insert.run({
        ...post,
        mediaKeys: JSON.stringify(post.mediaKeys),
        poll: post.poll ? JSON.stringify(post.poll) : null,
        hidden: post.hidden ? 1 : 0,
      });
      for (const userId of mentionedUserIds) this.#insertMention.run(post.id, userId);
    })();
  }

  delete(id: Snowflake, at: string): boolean {
    return this.#softDelete.run(at, id).changes === 1;
  }

  setHidden(id: Snowflake, hidden: boolean): void {
    this.#setHidden.run(hidden ? 1 : 0, id);
  }

  /** The id of this author's live post with exactly this text, if any (X refuses duplicates). */
  duplicateOf(authorId: Snowflake, text: string): Snowflake | undefined {
    return this.#recentText.get(authorId, text)?.id;
  }

  repostBy(userId: Snowflake, postId: Snowflake): SandboxPost | undefined {
    const row = this.#findRepost.get(userId, postId);
    return row && toPost(row);
  }

  hasPostedIn(conversationId: Snowflake, userId: Snowflake): boolean {
    return this.#inConversation.get(conversationId, userId) !== undefined;
  }

  /** Whether this post @mentions the user (mentions are resolved to ids when the post is stored). */
  mentions(postId: Snowflake, userId: Snowflake): boolean {
    return this.#mentions.get(postId, userId) !== undefined;
  }

  metrics(id: Snowflake): PublicMetrics {
    const m = this.#metrics.get(id, id, id, id) ?? { likes: 0, reposts: 0, replies: 0, quotes: 0 };
    return {
      retweet_count: m.reposts,
      reply_count: m.replies,
      like_count: m.likes,
      quote_count: m.quotes,
      bookmark_count: 0,
      impression_count: (m.likes + m.reposts + m.replies) * 17 + 40,
    };
  }

  /** A page of posts matching a SQL condition, newest first. */
  page(where: string, params: Record<string, unknown>, bounds: PageBounds): SandboxPost[] {
    const clauses = ['deleted_at IS NULL', where, ...boundClauses(bounds)];
    const sql = `SELECT ${COLUMNS} FROM posts WHERE ${clauses.join(' AND ')} ORDER BY id ${bounds.oldestFirst ? 'ASC' : 'DESC'} LIMIT @limit`;
    return this.db
      .prepare<Record<string, unknown>, PostRow>(sql)
      .all({ ...params, ...bounds })
      .map(toPost);
  }

  /** The id of the n-th newest live post matching a SQL condition (X serves only a timeline's newest n). */
  nthNewestId(where: string, params: Record<string, unknown>, n: number): Snowflake | undefined {
    return this.db
      .prepare<Record<string, unknown>, { id: string }>(`SELECT id FROM posts WHERE deleted_at IS NULL AND (${where}) ORDER BY id DESC LIMIT 1 OFFSET @offset`)
      .get({ ...params, offset: n - 1 })?.id;
  }

  /** Every live post newer than `afterId` (or all), newest first: the search scan. */
  scan(bounds: Omit<PageBounds, 'limit'>, each: (post: SandboxPost) => boolean): void {
    const clauses = ['deleted_at IS NULL', ...boundClauses(bounds)];
    const statement = this.db.prepare<Record<string, unknown>, PostRow>(
      `SELECT ${COLUMNS} FROM posts WHERE ${clauses.join(' AND ')} ORDER BY id DESC`,
    );
    for (const row of statement.iterate(bounds)) {
      if (!each(toPost(row))) break;
    }
  }

  /**
   * Ids only, newest first, for a scan whose caller already holds what it needs about most posts
   * (search keeps prepared posts by id): skips reading and decoding every row's columns.
   * `authorIds` narrows it to posts by those users (a search that needs from:).
   */
  scanIds(bounds: Omit<PageBounds, 'limit'> & { authorIds?: readonly Snowflake[] | undefined }, each: (id: Snowflake) => boolean): void {
    const clauses = ['deleted_at IS NULL', ...boundClauses(bounds)];
    const authors = Object.fromEntries((bounds.authorIds ?? []).map((id, n) => [`author${n}`, id]));
    if (bounds.authorIds) clauses.push(`author_id IN (${Object.keys(authors).map((name) => `@${name}`).join(', ')})`);
    const statement = this.db.prepare<Record<string, unknown>, string>(`SELECT id FROM posts WHERE ${clauses.join(' AND ')} ORDER BY id DESC`).pluck();
    const { authorIds: _authorIds, ...named } = bounds;
    for (const id of statement.iterate({ ...named, ...authors })) {
      if (!each(id)) break;
    }
  }

  /** Admin view: every post in creation order. */
  allInOrder(authorId?: Snowflake): SandboxPost[] {
    const sql = `SELECT ${COLUMNS} FROM posts WHERE deleted_at IS NULL ${authorId ? 'AND author_id = @authorId' : ''} ORDER BY id`;
    return this.db
      .prepare<Record<string, unknown>, PostRow>(sql)
      .all(authorId ? { authorId } : {})
      .map(toPost);
  }
}
