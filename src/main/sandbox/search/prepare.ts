// A post readied for matching. The costly parts — folding and tokenising the text, and
// twitter-text's entity extraction (~12 µs per kind per post) — run lazily, only when a query
// needs them, and once per PreparedPost. The route scans every post on each request, so it should
// keep PreparedPosts across requests in a PreparedPostCache.
import twitterText from 'twitter-text';
import type { SearchablePost } from './searchable';
import { fold, tokenize, urlTokens } from './text';

export class PreparedPost {
  readonly post: SearchablePost;
  readonly authorUsername: string;
  readonly inReplyToUsername: string | null;
  readonly repostOfUsername: string | null;
  readonly lang: string;

  #folded: string | undefined;
  #tokens: readonly string[] | undefined;
  #tokenSet: ReadonlySet<string> | undefined;
  #hashtags: ReadonlySet<string> | undefined;
  #mentions: ReadonlySet<string> | undefined;
  #cashtags: ReadonlySet<string> | undefined;
  #urls: readonly (readonly string[])[] | undefined;

  constructor(post: SearchablePost) {
    this.post = post;
    this.authorUsername = post.authorUsername.toLowerCase();
    this.inReplyToUsername = post.inReplyToUsername?.toLowerCase() ?? null;
    this.repostOfUsername = post.repostOfUsername?.toLowerCase() ?? null;
    this.lang = post.lang.toLowerCase();
  }

  /** Text folded as text.ts folds it, for phrases. */
  get folded(): string {
    return (this.#folded ??= fold(this.post.text));
  }

  /** Text tokens in order, for keywords that span several tokens. */
  get tokens(): readonly string[] {
    return (this.#tokens ??= tokenize(this.folded));
  }

  get tokenSet(): ReadonlySet<string> {
    return (this.#tokenSet ??= new Set(this.tokens));
  }

  /** Lower-cased hashtag entities. The character test skips twitter-text for most posts. */
  get hashtags(): ReadonlySet<string> {
    return (this.#hashtags ??= this.#entities(/[#＃]/u, twitterText.extractHashtags));
  }

  get mentions(): ReadonlySet<string> {
    return (this.#mentions ??= this.#entities(/[@＠]/u, twitterText.extractMentions));
  }

  get cashtags(): ReadonlySet<string> {
    return (this.#cashtags ??= this.#entities(/\$/u, twitterText.extractCashtags));
  }

  /** Each URL entity's tokens, scheme removed (see urlTokens). */
  get urls(): readonly (readonly string[])[] {
    return (this.#urls ??= this.post.text.includes('.')
      ? twitterText.extractUrls(this.post.text).map(urlTokens)
      : []);
  }

  #entities(marker: RegExp, extract: (text: string) => string[]): ReadonlySet<string> {
    if (!marker.test(this.post.text)) return EMPTY;
    return new Set(extract(this.post.text).map((entity) => entity.toLowerCase()));
  }
}

const EMPTY: ReadonlySet<string> = new Set();

export function prepare(post: SearchablePost): PreparedPost {
  return new PreparedPost(post);
}

/**
 * PreparedPosts by post id, kept across requests: the store hands out new objects on every read,
 * so identity cannot be the key. Posts are not edited in the sandbox; call delete() if anything a
 * SearchablePost holds (text, a username) does change. Oldest entries go first past `maxEntries`.
 */
export class PreparedPostCache {
  readonly #entries = new Map<string, PreparedPost>();
  readonly #maxEntries: number;

  constructor(maxEntries = 50_000) {
    this.#maxEntries = maxEntries;
  }

  get(id: string, build: () => SearchablePost): PreparedPost {
    let prepared = this.#entries.get(id);
    if (!prepared) {
      prepared = new PreparedPost(build());
      this.#entries.set(id, prepared);
      if (this.#entries.size > this.#maxEntries) {
        const oldest = this.#entries.keys().next();
        if (!oldest.done) this.#entries.delete(oldest.value);
      }
    }
    return prepared;
  }

  delete(id: string): void {
    this.#entries.delete(id);
  }

  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}
