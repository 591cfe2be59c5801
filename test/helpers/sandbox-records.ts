import type { SandboxPost } from '../../src/main/sandbox/model';

/** A plain original post by `authorId`; override whatever the test is about. */
export function makeSandboxPost(id: string, authorId: string, text: string, overrides: Partial<SandboxPost> = {}): SandboxPost {
  return {
    id,
    authorId,
    text,
    createdAt: '2026-11-25T09:00:00.000Z',
    conversationId: id,
    inReplyToPostId: null,
    inReplyToUserId: null,
    quotedPostId: null,
    repostOfId: null,
    mediaKeys: [],
    poll: null,
    hidden: false,
    lang: 'en',
    source: 'seed',
    ...overrides,
  };
}
