// What a post-checks rule sees and returns. A rule looks at everything about to be published
// together (one compose for several accounts, a CSV file, a chat's plan) and returns findings;
// it never refuses on its own: the caller shows advice and refuses must_fix (checks.ts).
import type { AccountSummary } from '../../../shared/accounts';
import type { PostFinding } from '../../../shared/guard';

export interface CheckedPost {
  account: AccountSummary;
  /** The post's parts (one for a single post). */
  texts: readonly string[];
  /** How the caller names it in findings ("line 4"); optional. */
  ref?: string;
}

export interface PostCheckRule {
  id: string;
  check(posts: readonly CheckedPost[]): PostFinding[];
}
