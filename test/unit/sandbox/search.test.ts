import { makeSandboxPost } from '../../helpers/sandbox-records';
import { describe, expect, it, vi } from 'vitest';
import { matchesQuery } from '../../../src/main/sandbox/search/match';
import { excludesRepostsByDefault, MAX_QUERY_LENGTH, parseQuery, type QueryNode } from '../../../src/main/sandbox/search/parse';
import { PreparedPostCache, prepare } from '../../../src/main/sandbox/search/prepare';
import { toSearchable, type SearchablePost } from '../../../src/main/sandbox/search/searchable';
import type { SandboxPost, SandboxUser } from '../../../src/main/sandbox/model';

const ALICE_ID = '1000000000000000001';
const BOB_ID = '1000000000000000002';

function post(overrides: Partial<SearchablePost> = {}): SearchablePost {
  return {
    text: 'plain text',
    authorId: ALICE_ID,
    authorUsername: 'Alice',
    authorVerified: false,
    conversationId: '2000000000000000001',
    inReplyToPostId: null,
    inReplyToUserId: null,
    inReplyToUsername: null,
    isRepost: false,
    repostOfUserId: null,
    repostOfUsername: null,
    isQuote: false,
    mediaTypes: [],
    lang: 'en',
    ...overrides,
  };
}

function parse(query: string): QueryNode {
  const result = parseQuery(query);
  if (!result.ok) throw new Error(`expected ${query} to parse: ${result.message}`);
  return result.query;
}

function matches(query: string, overrides: Partial<SearchablePost>): boolean {
  return matchesQuery(parse(query), post(overrides));
}

function text(value: string): Partial<SearchablePost> {
  return { text: value };
}

function rejection(query: string): string {
  const result = parseQuery(query);
  if (result.ok) throw new Error(`expected ${query} to be rejected`);
  return result.message;
}

const PREFIX = 'There were errors processing your request: ';

describe('keywords', () => {
  it('match whole tokens, case-insensitively', () => {
    expect(matches('Hello', text('well hello there'))).toBe(true);
    expect(matches('hello', text('HELLO!'))).toBe(true);
    expect(matches('cat', text('concatenate the strings'))).toBe(false);
    expect(matches('cat', text('cats are great'))).toBe(false);
  });

  it('ignore punctuation around words in the post', () => {
    expect(matches('budget', text('The budget, finally.'))).toBe(true);
    expect(matches('budget', text('(budget)'))).toBe(true);
    expect(matches('cola', text('I like coca-cola'))).toBe(true);
  });

  it('ignore punctuation around the query word', () => {
    expect(matches('budget!', text('the budget is out'))).toBe(true);
  });

  it('fold accents, as X search does', () => {
    expect(matches('musica', text('Música en vivo'))).toBe(true);
    expect(matches('música', text('musica en vivo'))).toBe(true);
  });

  it('all have to match when separated by spaces', () => {
    expect(matches('budget vote', text('the vote on the budget'))).toBe(true);
    expect(matches('budget vote', text('the budget'))).toBe(false);
  });

  it('with inner punctuation match those tokens next to each other', () => {
    expect(matches('coca-cola', text('I like coca-cola'))).toBe(true);
    expect(matches('coca-cola', text('cola from coca'))).toBe(false);
  });

  it('find hashtag and mention text too, since they are tokens of the body', () => {
    expect(matches('nasa', text('Launch day #NASA'))).toBe(true);
  });

  it('made only of punctuation are looked for in the text', () => {
    expect(matches('budget ?', text('budget?'))).toBe(true);
    expect(matches('budget ?', text('budget.'))).toBe(false);
  });

  it('match emoji', () => {
    expect(matches('🎉', text('we did it 🎉🎉'))).toBe(true);
    expect(matches('🎉', text('we did it'))).toBe(false);
  });
});

describe('"exact phrases"', () => {
  it('match the words in order, case-insensitively', () => {
    expect(matches('"Town Hall"', text('Meet us at the town hall tonight'))).toBe(true);
    expect(matches('"town hall"', text('the hall of the town'))).toBe(false);
    expect(matches('"town hall"', text('town and hall'))).toBe(false);
  });

  it('start and end on word boundaries', () => {
    expect(matches('"social media"', text('antisocial media'))).toBe(false);
    expect(matches('"social media"', text('social mediation'))).toBe(false);
    expect(matches('"social media"', text('on social media.'))).toBe(true);
  });

  it('keep their punctuation: "coca-cola" is not "coca cola"', () => {
    expect(matches('"coca-cola"', text('I like coca-cola'))).toBe(true);
    expect(matches('"coca-cola"', text('I like coca cola'))).toBe(false);
  });

  it('treat any run of whitespace as one space', () => {
    expect(matches('"town   hall"', text('town\nhall'))).toBe(true);
  });
});

describe('#hashtag', () => {
  it('matches the hashtag entity, case-insensitively', () => {
    expect(matches('#Improve4', text('Join us #improve4'))).toBe(true);
    expect(matches('#improve4', text('Join us #IMPROVE4!'))).toBe(true);
  });

  it('does not match a longer tag', () => {
    expect(matches('#Improve4', text('Join us #Improve4Patients'))).toBe(false);
  });

  it('does not match the bare word', () => {
    expect(matches('#Improve4', text('we improve4 things'))).toBe(false);
  });

  it('does not match a # that twitter-text does not see as a hashtag', () => {
    expect(matches('#tag', text('no#tag here'))).toBe(false);
  });

  it('negated, drops posts with the tag', () => {
    expect(matches('budget -#spam', text('budget #spam'))).toBe(false);
    expect(matches('budget -#spam', text('budget #spammy'))).toBe(true);
  });
});

describe('@username', () => {
  it('matches posts that mention the user', () => {
    expect(matches('@Bob', text('thanks @bob!'))).toBe(true);
    expect(matches('@bob', text('thanks @BOB'))).toBe(true);
  });

  it('does not match a longer username or an email address', () => {
    expect(matches('@bob', text('thanks @bobby'))).toBe(false);
    expect(matches('@bob', text('mail me at me@bob.com'))).toBe(false);
  });

  it('does not match posts by that user that mention nobody', () => {
    expect(matches('@alice', { text: 'my own post', authorUsername: 'alice' })).toBe(false);
  });
});

describe('from:, to:, retweets_of:', () => {
  it('from: matches the author by username, case-insensitively, or by id', () => {
    expect(matches('from:ALICE', {})).toBe(true);
    expect(matches('from:@alice', {})).toBe(true);
    expect(matches('from:bob', {})).toBe(false);
    expect(matches(`from:${ALICE_ID}`, {})).toBe(true);
    expect(matches('from:1000000000000000001', { authorId: BOB_ID })).toBe(false);
  });

  it('to: matches replies to that user only', () => {
    const reply = { inReplyToPostId: '3000000000000000001', inReplyToUserId: BOB_ID, inReplyToUsername: 'Bob' };
    expect(matches('to:bob', reply)).toBe(true);
    expect(matches(`to:${BOB_ID}`, reply)).toBe(true);
    expect(matches('to:alice', reply)).toBe(false);
    expect(matches('to:bob', text('hi @bob'))).toBe(false);
  });

  it('retweets_of: matches reposts of that user', () => {
    const repost = { isRepost: true, repostOfUserId: BOB_ID, repostOfUsername: 'bob', text: 'RT @bob: hi' };
    expect(matches('retweets_of:bob', repost)).toBe(true);
    expect(matches(`retweets_of:${BOB_ID}`, repost)).toBe(true);
    expect(matches('retweets_of:alice', repost)).toBe(false);
    expect(matches('retweets_of:bob', text('RT @bob: hi'))).toBe(false);
  });
});

describe('conversation_id: and in_reply_to_tweet_id:', () => {
  it('conversation_id: matches posts in that conversation', () => {
    expect(matches('conversation_id:2000000000000000001', {})).toBe(true);
    expect(matches('conversation_id:2000000000000000002', {})).toBe(false);
  });

  it('compare ids as numbers, so leading zeros do not matter', () => {
    expect(matches('conversation_id:42', { conversationId: '0000000000000000042' })).toBe(true);
  });

  it('in_reply_to_tweet_id: matches direct replies to that post', () => {
    expect(matches('in_reply_to_tweet_id:3000000000000000001', { inReplyToPostId: '3000000000000000001' })).toBe(true);
    expect(matches('in_reply_to_tweet_id:3000000000000000001', { inReplyToPostId: '3000000000000000009' })).toBe(false);
    expect(matches('in_reply_to_tweet_id:3000000000000000001', {})).toBe(false);
    expect(matches('in_reply_to_status_id:3000000000000000001', { inReplyToPostId: '3000000000000000001' })).toBe(true);
  });
});

describe('is:', () => {
  it('is:reply', () => {
    expect(matches('from:alice is:reply', { inReplyToPostId: '3000000000000000001' })).toBe(true);
    expect(matches('from:alice is:reply', {})).toBe(false);
    expect(matches('from:alice -is:reply', {})).toBe(true);
    expect(matches('from:alice -is:reply', { inReplyToPostId: '3000000000000000001' })).toBe(false);
  });

  it('is:retweet', () => {
    expect(matches('from:alice is:retweet', { isRepost: true })).toBe(true);
    expect(matches('from:alice is:retweet', { isQuote: true })).toBe(false);
    expect(matches('from:alice -is:retweet', { isRepost: true })).toBe(false);
    expect(matches('from:alice -is:retweet', {})).toBe(true);
  });

  it('is:quote', () => {
    expect(matches('from:alice is:quote', { isQuote: true })).toBe(true);
    expect(matches('from:alice is:quote', {})).toBe(false);
    expect(matches('from:alice -is:quote', { isQuote: true })).toBe(false);
  });

  it('is:verified', () => {
    expect(matches('from:alice is:verified', { authorVerified: true })).toBe(true);
    expect(matches('from:alice is:verified', {})).toBe(false);
  });
});

describe('has:', () => {
  it('has:media', () => {
    expect(matches('from:alice has:media', { mediaTypes: ['photo'] })).toBe(true);
    expect(matches('from:alice has:media', {})).toBe(false);
    expect(matches('from:alice -has:media', { mediaTypes: ['video'] })).toBe(false);
  });

  it('has:links counts links and, as X documents, media', () => {
    expect(matches('from:alice has:links', text('read https://example.com/report'))).toBe(true);
    expect(matches('from:alice has:links', text('read example.com'))).toBe(true);
    expect(matches('from:alice has:links', { mediaTypes: ['photo'] })).toBe(true);
    expect(matches('from:alice has:links', text('no link. really.'))).toBe(false);
    expect(matches('from:alice -has:links', text('https://example.com'))).toBe(false);
  });

  it('has:mentions', () => {
    expect(matches('from:alice has:mentions', text('hi @bob'))).toBe(true);
    expect(matches('from:alice has:mentions', text('hi bob@example.com'))).toBe(false);
    expect(matches('from:alice -has:mentions', text('hi @bob'))).toBe(false);
  });

  it('has:hashtags', () => {
    expect(matches('from:alice has:hashtags', text('news #today'))).toBe(true);
    expect(matches('from:alice has:hashtags', text('news # today'))).toBe(false);
    expect(matches('from:alice -has:hashtags', text('news #today'))).toBe(false);
  });

  it('has:cashtags, has:images, has:videos', () => {
    expect(matches('from:alice has:cashtags', text('buy $TWTR'))).toBe(true);
    expect(matches('from:alice has:cashtags', text('costs $5'))).toBe(false);
    expect(matches('from:alice has:images', { mediaTypes: ['photo'] })).toBe(true);
    expect(matches('from:alice has:images', { mediaTypes: ['video'] })).toBe(false);
    expect(matches('from:alice has:videos', { mediaTypes: ['video'] })).toBe(true);
    expect(matches('from:alice has:videos', { mediaTypes: ['animated_gif'] })).toBe(false);
  });
});

describe('lang:, url:, $cashtag', () => {
  it('lang: compares the language code, case-insensitively', () => {
    expect(matches('from:alice lang:EN', {})).toBe(true);
    expect(matches('from:alice lang:fr', {})).toBe(false);
    expect(matches('from:alice -lang:fr', {})).toBe(true);
  });

  it('url: is a tokenised match on the post’s links, ignoring the scheme', () => {
    const withLink = text('report: https://www.example.com/annual-report?year=2026');
    expect(matches('url:"https://www.example.com/annual-report"', withLink)).toBe(true);
    expect(matches('url:example.com', withLink)).toBe(true);
    expect(matches('url:"http://example.com"', withLink)).toBe(true);
    expect(matches('url:example.org', withLink)).toBe(false);
    expect(matches('url:example.com', text('example com is not a link'))).toBe(false);
    expect(matches('budget -url:example.com', text('budget https://example.com'))).toBe(false);
  });

  it('$cashtag matches the cashtag entity, not the bare word', () => {
    expect(matches('$TWTR', text('long $twtr'))).toBe(true);
    expect(matches('$TWTR', text('long twtr'))).toBe(false);
    expect(matches('$TWTR', text('long $TWTRX'))).toBe(false);
  });
});

describe('boolean logic', () => {
  it('AND binds tighter than OR: `a b OR c` is `(a b) OR c`', () => {
    expect(parse('a b OR c')).toEqual(parse('(a b) OR c'));
    expect(matches('alpha beta OR gamma', text('gamma'))).toBe(true);
    expect(matches('alpha beta OR gamma', text('alpha beta'))).toBe(true);
    expect(matches('alpha beta OR gamma', text('alpha'))).toBe(false);
    expect(matches('alpha beta OR gamma', text('beta'))).toBe(false);
  });

  it('`a OR b c` is `a OR (b c)`', () => {
    expect(matches('alpha OR beta gamma', text('alpha'))).toBe(true);
    expect(matches('alpha OR beta gamma', text('beta'))).toBe(false);
    expect(matches('alpha OR beta gamma', text('beta gamma'))).toBe(true);
  });

  it('parentheses group', () => {
    expect(matches('alpha (beta OR gamma)', text('alpha gamma'))).toBe(true);
    expect(matches('alpha (beta OR gamma)', text('gamma'))).toBe(false);
    expect(matches('(alpha OR beta) (gamma OR delta)', text('beta delta'))).toBe(true);
    expect(matches('(alpha OR beta) (gamma OR delta)', text('alpha beta'))).toBe(false);
  });

  it('- negates a term', () => {
    expect(matches('budget -draft', text('budget draft'))).toBe(false);
    expect(matches('budget -draft', text('budget final'))).toBe(true);
    expect(matches('budget -"first draft"', text('budget first draft'))).toBe(false);
    expect(matches('budget -"first draft"', text('budget draft first'))).toBe(true);
  });

  it('- negates a group', () => {
    expect(matches('cats -(dogs OR birds)', text('cats and dogs'))).toBe(false);
    expect(matches('cats -(dogs OR birds)', text('cats and birds'))).toBe(false);
    expect(matches('cats -(dogs OR birds)', text('cats alone'))).toBe(true);
    expect(matches('cats -(dogs birds)', text('cats and dogs'))).toBe(true);
    expect(matches('cats -(dogs birds)', text('cats dogs birds'))).toBe(false);
  });

  it('- inside a word is part of the word', () => {
    expect(matches('e-mail', text('send an e-mail'))).toBe(true);
  });

  it('lower-case or is a keyword', () => {
    expect(matches('this or that', text('this that'))).toBe(false);
    expect(matches('this or that', text('this or that'))).toBe(true);
  });

  it('mixes operators', () => {
    const query = '(from:alice OR from:bob) #budget -is:retweet has:media';
    expect(matches(query, { text: 'the #budget', mediaTypes: ['photo'] })).toBe(true);
    expect(matches(query, { text: 'the #budget', mediaTypes: ['photo'], isRepost: true })).toBe(false);
    expect(matches(query, { text: 'the #budget', mediaTypes: ['photo'], authorUsername: 'carol' })).toBe(false);
    expect(matches(query, { text: 'the #budget' })).toBe(false);
  });
});

describe('invalid queries', () => {
  it('empty', () => {
    expect(rejection('')).toBe(`Invalid 'query':''. 'query' must be a non-empty string`);
    expect(rejection('   ')).toBe(`Invalid 'query':'   '. 'query' must be a non-empty string`);
  });

  it(`longer than ${MAX_QUERY_LENGTH} characters`, () => {
    expect(parseQuery('a'.repeat(512)).ok).toBe(true);
    expect(rejection('a'.repeat(513))).toBe(
      `Invalid 'query':'${'a'.repeat(513)}'. 'query' must be at most 512 characters long, not 513`,
    );
    // Characters, not UTF-16 units: 300 emoji are 600 units but 300 characters.
    expect(parseQuery('😀'.repeat(300)).ok).toBe(true);
  });

  it('only conjunction-required operators', () => {
    const message = `${PREFIX}is/has/lang cannot be used as a standalone operator (at position 1)`;
    expect(rejection('is:reply')).toBe(message);
    expect(rejection('has:media')).toBe(message);
    expect(rejection('lang:en')).toBe(message);
    expect(rejection('has:links OR is:retweet')).toBe(message);
    expect(rejection('(has:media lang:en) -is:retweet')).toBe(message);
    // A negated standalone operator does not count as one.
    expect(rejection('-from:bob has:media')).toBe(message);
    expect(parseQuery('"X data" has:mentions (has:media OR has:links)').ok).toBe(true);
    expect(parseQuery('from:bob is:reply').ok).toBe(true);
  });

  it('only negations', () => {
    const message = `${PREFIX}Rules must contain a non-negation term (at position 1)`;
    expect(rejection('-budget')).toBe(message);
    expect(rejection('-budget -#spam')).toBe(message);
    expect(rejection('-(budget OR vote)')).toBe(message);
    expect(rejection('-is:retweet')).toBe(message);
    expect(parseQuery('-(-budget)').ok).toBe(true);
  });

  it('unbalanced parentheses', () => {
    expect(rejection('(budget vote')).toBe(`${PREFIX}missing ')' at '<EOF>' (at position 13)`);
    expect(rejection('budget vote)')).toBe(`${PREFIX}missing EOF at ')' (at position 12)`);
    expect(rejection('(budget) vote)')).toBe(`${PREFIX}missing EOF at ')' (at position 14)`);
    expect(rejection('budget ()')).toBe(`${PREFIX}no viable alternative at input ')' (at position 9)`);
  });

  it('unbalanced quotes, and single quotes', () => {
    expect(rejection('budget "town hall')).toBe(`${PREFIX}no viable alternative at character '"' (at position 8)`);
    expect(rejection('url:"https://example.com')).toBe(`${PREFIX}no viable alternative at character '"' (at position 5)`);
    expect(rejection("(pepsi OR cola OR 'coca cola')")).toBe(
      `${PREFIX}no viable alternative at character ''' (at position 19)`,
    );
    expect(rejection('budget ""')).toBe(`${PREFIX}no viable alternative at input '""' (at position 8)`);
  });

  it('unknown operators, and unknown values of is: and has:', () => {
    expect(rejection('budget since:2026-01-01')).toBe(`${PREFIX}Reference to invalid operator 'since' (at position 8)`);
    expect(rejection('h:m')).toBe(`${PREFIX}Reference to invalid operator 'h' (at position 1)`);
    expect(rejection('budget has:polls')).toBe(`${PREFIX}Reference to invalid operator 'has:polls' (at position 8)`);
    expect(rejection('budget is:polls')).toBe(`${PREFIX}Reference to invalid operator 'is:polls' (at position 8)`);
    expect(rejection('budget lang:english')).toBe(`${PREFIX}Reference to invalid operator 'lang:english' (at position 8)`);
  });

  it('malformed operator values', () => {
    expect(rejection('from: budget')).toBe(`${PREFIX}no viable alternative at input 'from:' (at position 1)`);
    expect(rejection('conversation_id:abc')).toBe(`${PREFIX}no viable alternative at input 'conversation_id:abc' (at position 1)`);
    expect(rejection('budget #')).toBe(`${PREFIX}no viable alternative at input '#' (at position 8)`);
    expect(rejection('@bob!')).toBe(`${PREFIX}no viable alternative at input '@bob!' (at position 1)`);
  });

  it('dangling OR and -', () => {
    expect(rejection('OR budget')).toBe(`${PREFIX}no viable alternative at input 'OR' (at position 1)`);
    expect(rejection('budget OR')).toBe(`${PREFIX}no viable alternative at input '<EOF>' (at position 10)`);
    expect(rejection('budget OR OR vote')).toBe(`${PREFIX}no viable alternative at input 'OR' (at position 11)`);
    expect(rejection('budget - vote')).toBe(`${PREFIX}no viable alternative at input '-' (at position 8)`);
    expect(rejection('budget --vote')).toBe(`${PREFIX}no viable alternative at input '-' (at position 8)`);
  });

  it('upper-case AND, in X’s words', () => {
    expect(rejection('budget AND vote')).toBe(
      `${PREFIX}Ambiguous use of and as a keyword. Use a space to logically join two clauses, or "and" to find occurrences of and in text (at position 8)`,
    );
    expect(parseQuery('budget and vote').ok).toBe(true);
  });
});

describe('excludesRepostsByDefault', () => {
  it('is true for a keyword or phrase search', () => {
    expect(excludesRepostsByDefault(parse('budget'))).toBe(true);
    expect(excludesRepostsByDefault(parse('"town hall"'))).toBe(true);
    expect(excludesRepostsByDefault(parse('from:alice (budget OR #vote)'))).toBe(true);
  });

  it('is false without one, or when the only text term is negated', () => {
    expect(excludesRepostsByDefault(parse('from:alice'))).toBe(false);
    expect(excludesRepostsByDefault(parse('#budget @bob'))).toBe(false);
    expect(excludesRepostsByDefault(parse('from:alice -spam'))).toBe(false);
    expect(excludesRepostsByDefault(parse('from:alice -(-budget)'))).toBe(true);
  });
});

describe('toSearchable', () => {
  const users = new Map<string, SandboxUser>(
    [
      { id: ALICE_ID, username: 'Alice', verified: true },
      { id: BOB_ID, username: 'Bob', verified: false },
    ].map((u) => [
      u.id,
      {
        ...u,
        name: u.username,
        description: '',
        location: null,
        url: null,
        profileImageUrl: 'https://example.com/p.png',
        protected: false,
        kind: 'personal',
        createdAt: '2026-01-01T00:00:00.000Z',
      },
    ]),
  );

  function record(overrides: Partial<SandboxPost>): SandboxPost {
    return makeSandboxPost('4000000000000000001', ALICE_ID, 'hello', { createdAt: '2026-01-01T00:00:00.000Z', conversationId: '4000000000000000001', ...overrides });
  }

  const original = record({ id: '4000000000000000010', authorId: BOB_ID, text: 'Budget is out', mediaKeys: ['7_1'] });
  const posts = new Map([[original.id, original]]);
  const build = (p: SandboxPost): SearchablePost => toSearchable(p, (id) => users.get(id), (id) => posts.get(id));

  it('resolves usernames and flags', () => {
    const reply = build(record({ inReplyToPostId: original.id, inReplyToUserId: BOB_ID, quotedPostId: original.id, mediaKeys: ['3_1', '16_2'] }));
    expect(reply).toMatchObject({
      authorUsername: 'Alice',
      authorVerified: true,
      inReplyToUsername: 'Bob',
      isRepost: false,
      isQuote: true,
      mediaTypes: ['photo', 'animated_gif'],
    });
    expect(matchesQuery(parse('to:bob is:quote has:images'), reply)).toBe(true);
  });

  it('indexes a repost as "RT @author: " and the original text, with the original’s media', () => {
    const repost = build(record({ id: '4000000000000000011', text: 'ignored', repostOfId: original.id, quotedPostId: null }));
    expect(repost.text).toBe('RT @Bob: Budget is out');
    expect(repost).toMatchObject({ isRepost: true, isQuote: false, repostOfUsername: 'Bob', mediaTypes: ['video'] });
    expect(matchesQuery(parse('from:alice budget @bob is:retweet retweets_of:bob has:videos'), repost)).toBe(true);
  });

  it('keeps a repost text the store already wrote', () => {
    const repost = build(record({ text: 'RT @Bob: Budget is…', repostOfId: original.id }));
    expect(repost.text).toBe('RT @Bob: Budget is…');
  });
});

describe('prepared posts', () => {
  it('match the same as plain posts', () => {
    const plain = post({ text: 'the #budget by @bob at https://example.com', mediaTypes: ['photo'] });
    const prepared = prepare(plain);
    for (const query of ['budget', '#budget', '@bob', 'url:example.com', '#budget has:links', '#other', '"by @bob"']) {
      expect(matchesQuery(parse(query), prepared)).toBe(matchesQuery(parse(query), plain));
    }
  });

  it('are cached by id, built once, oldest dropped past the limit', () => {
    const cache = new PreparedPostCache(2);
    const build = vi.fn(() => post());
    const first = cache.get('1', build);
    expect(cache.get('1', build)).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
    cache.get('2', build);
    cache.get('3', build);
    expect(cache.size).toBe(2);
    expect(cache.get('1', build)).not.toBe(first);
    expect(build).toHaveBeenCalledTimes(4);
  });
});
