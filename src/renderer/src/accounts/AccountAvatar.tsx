import { useState } from 'react';
import type { AccountSummary } from '../../../shared/contract';
import { readableTextOn } from './colour';
import { initialsOf } from './initials';

// The renderer's CSP allows images from the app itself, data: and blob: only, so a remote picture
// (pbs.twimg.com) would be refused: show initials for those rather than a broken image.
function isDisplayable(url: string | null): url is string {
  return url !== null && /^(data|blob):/.test(url);
}

interface AccountAvatarProps {
  account: Pick<AccountSummary, 'avatarUrl' | 'colour' | 'displayName' | 'handle'>;
  size?: 'small' | 'large';
}

/** The account's picture, or its initials on its own colour. Decorative: the name is always beside it. */
export function AccountAvatar({ account, size = 'small' }: AccountAvatarProps): React.JSX.Element {
  const [broken, setBroken] = useState(false);
  const className = `avatar avatar--${size}`;
  if (isDisplayable(account.avatarUrl) && !broken) {
    return <img className={className} src={account.avatarUrl} alt="" onError={() => setBroken(true)} />;
  }
  return (
    <span
      className={className}
      aria-hidden="true"
      style={{ background: account.colour, color: readableTextOn(account.colour) }}
    >
      {initialsOf(account.displayName, account.handle)}
    </span>
  );
}
