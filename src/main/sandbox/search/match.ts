// Whether one post satisfies a parsed query, operator by operator as X documents them.
import { PreparedPost } from './prepare';
import type { QueryNode, QueryTerm } from './query';
import type { SearchablePost } from './searchable';
import { containsPhrase, containsTokenRun } from './text';

export type { SearchablePost } from './searchable';

// Lets callers pass plain SearchablePosts; a route scanning many posts should pass PreparedPosts
// from a PreparedPostCache instead, since its SearchablePosts are new objects on every request.
const prepared = new WeakMap<SearchablePost, PreparedPost>();

export function matchesQuery(node: QueryNode, post: SearchablePost | PreparedPost): boolean {
  if (post instanceof PreparedPost) return matches(node, post);
  let ready = prepared.get(post);
  if (!ready) {
    ready = new PreparedPost(post);
    prepared.set(post, ready);
  }
  return matches(node, ready);
}

function matches(node: QueryNode, p: PreparedPost): boolean {
  switch (node.kind) {
    case 'and':
      return node.children.every((child) => matches(child, p));
    case 'or':
      return node.children.some((child) => matches(child, p));
    case 'not':
      return !matches(node.child, p);
    default:
      return matchesTerm(node, p);
  }
}

function matchesTerm(term: QueryTerm, p: PreparedPost): boolean {
  const post = p.post;
  switch (term.kind) {
    case 'keyword': {
      const [only, ...rest] = term.tokens;
      // Punctuation-only words (`?`, `:)`) have no tokens; X still finds them in the text.
      if (only === undefined) return p.folded.includes(term.folded);
      if (rest.length === 0) return p.tokenSet.has(only);
      // "coca-cola" unquoted: its tokens, next to each other. The set test rules most posts out.
      return term.tokens.every((token) => p.tokenSet.has(token)) && containsTokenRun(p.tokens, term.tokens);
    }
    case 'phrase':
      return containsPhrase(p.folded, term.folded);
    case 'hashtag':
      return p.hashtags.has(term.tag);
    case 'cashtag':
      return p.cashtags.has(term.tag);
    case 'mention':
      return p.mentions.has(term.username);
    case 'from':
      return p.authorUsername === term.username || post.authorId === term.userId;
    case 'to':
      return p.inReplyToUsername === term.username ||
        (post.inReplyToUserId !== null && post.inReplyToUserId === term.userId);
    case 'retweets_of':
      return post.isRepost && (p.repostOfUsername === term.username ||
        (post.repostOfUserId !== null && post.repostOfUserId === term.userId));
    case 'conversation_id':
      return post.conversationId === term.id;
    case 'in_reply_to_tweet_id':
      return post.inReplyToPostId === term.id;
    case 'url':
      return p.urls.some((url) => containsTokenRun(url, term.tokens));
    case 'lang':
      return p.lang === term.code;
    case 'is':
      switch (term.flag) {
        case 'reply':
          return post.inReplyToPostId !== null;
        case 'retweet':
          return post.isRepost;
        case 'quote':
          return post.isQuote;
        case 'verified':
          return post.authorVerified;
      }
      break;
    case 'has':
      switch (term.flag) {
        case 'media':
          return post.mediaTypes.length > 0;
        // X: "matches Posts which contain links and media in the Post body" — media counts.
        case 'links':
          return post.mediaTypes.length > 0 || p.urls.length > 0;
        case 'mentions':
          return p.mentions.size > 0;
        case 'hashtags':
          return p.hashtags.size > 0;
        case 'cashtags':
          return p.cashtags.size > 0;
        case 'images':
          return post.mediaTypes.includes('photo');
        case 'videos':
          return post.mediaTypes.includes('video');
      }
      break;
  }
  return false;
}
