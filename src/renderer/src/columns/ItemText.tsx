// A post's text as React elements (never HTML): links open outside the app, in a new tab in browser
// mode (the Electron shell sends them to the system browser). A link to X in a training item stays text.
import type { TextSegment } from '../../../shared/columns';
import { isXAddress } from './in-app-view';
import { isWebUrl } from './item-links';

export function ExternalLink({ href, children, label }: { href: string; children: React.ReactNode; label?: string }): React.JSX.Element {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" aria-label={label}>
      {children}
    </a>
  );
}

/** `training`: an item of a training account, whose links never lead to X (its people are simulated). */
export function ItemText({ segments, training = false }: { segments: TextSegment[]; training?: boolean }): React.JSX.Element {
  return (
    <p className="item__text">
      {segments.map((segment, index) => {
        switch (segment.kind) {
          case 'text':
            return <span key={index}>{segment.text}</span>;
          case 'url':
            return isWebUrl(segment.url) && !(training && isXAddress(segment.url)) ? (
              <ExternalLink key={index} href={segment.url}>
                {segment.text}
              </ExternalLink>
            ) : (
              <span key={index}>{segment.text}</span>
            );
          case 'mention':
            return (
              <span key={index} className="item__entity">
                {segment.text}
              </span>
            );
          case 'hashtag':
            return (
              <span key={index} className="item__entity">
                {segment.text}
              </span>
            );
        }
      })}
    </p>
  );
}
