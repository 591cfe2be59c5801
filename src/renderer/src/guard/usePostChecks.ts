// The composer's view of core's post checks: what the posts about to go out together would
// trigger (the same text from two X accounts, …), asked of core once the text settles.
import { useEffect, useState } from 'react';
import type { PostFinding } from '../../../shared/guard';
import { getApi } from '../api';
import { useDebounced } from '../compose/useDebounced';

export interface CheckedPostInput {
  accountId: string;
  texts: string[];
}

const NONE: PostFinding[] = [];

/** One account cannot duplicate across accounts; an empty composer has nothing to check. */
const worthAsking = (posts: readonly CheckedPostInput[]): boolean => posts.length >= 2 && posts.some((post) => post.texts.some((text) => text.trim() !== ''));

export function usePostChecks(posts: readonly CheckedPostInput[], delayMs = 300): PostFinding[] {
  const key = JSON.stringify(posts);
  const settled = useDebounced(key, delayMs);
  const [answer, setAnswer] = useState<{ key: string; findings: PostFinding[] }>({ key: '', findings: NONE });
  useEffect(() => {
    const input = JSON.parse(settled) as CheckedPostInput[];
    if (!worthAsking(input)) return;
    let current = true;
    getApi()
      .call('postChecks.run', { posts: input })
      .then((findings) => current && setAnswer({ key: settled, findings }))
      .catch(() => current && setAnswer({ key: settled, findings: NONE }));
    return () => {
      current = false;
    };
  }, [settled]);
  // Findings about text that has since changed are not shown.
  return answer.key === key ? answer.findings : NONE;
}
