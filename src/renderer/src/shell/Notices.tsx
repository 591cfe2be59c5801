import type { Notice } from '../../../shared/contract';

export function Notices({ notices }: { notices: Notice[] }): React.JSX.Element | null {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((notice) => (
        <p key={notice.at + notice.code} className="notice">
          {notice.message}
        </p>
      ))}
    </div>
  );
}
