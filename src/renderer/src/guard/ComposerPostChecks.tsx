// Core's post checks under the composer's own checks: one line in ComposerDialog hooks it in.
import type { CreateInput } from '../compose/publish-request';
import { PostFindings } from './PostFindings';
import { usePostChecks } from './usePostChecks';

export function ComposerPostChecks({ input }: { input: Pick<CreateInput, 'posts'> }): React.JSX.Element | null {
  const findings = usePostChecks(input.posts.map((post) => ({ accountId: post.accountId, texts: post.parts.map((part) => part.text) })));
  return <PostFindings findings={findings} testId="compose-post-checks" />;
}
