import type { SandboxPost } from '../../src/main/sandbox/model';
import { newPostRecord } from '../../src/main/sandbox/posting/records';

/** A plain original post by `authorId`; override whatever the test is about. */
export function makeSandboxPost(id: string, authorId: string, text: string, overrides: Partial<SandboxPost> = {}): SandboxPost {
  return newPostRecord({ id, authorId, text, createdAt: '2026-11-25T09:00:00.000Z', source: 'seed' }, overrides);
}
