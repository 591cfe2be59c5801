import type { AppInfo } from '../../../shared/contract';
import type { Settings } from '../../../shared/settings';
import { formatDateTime } from '../format';
import { useNow } from '../hooks/useNow';

export function StatusBar({ info, settings }: { info: AppInfo; settings: Settings }): React.JSX.Element {
  const now = useNow();
  return (
    <footer className="status-bar">
      <span data-testid="clock">
        <time dateTime={now.toISOString()}>{formatDateTime(now, settings.locale, settings.timeZone)}</time>
        <span className="status-bar__zone"> · {settings.timeZone}</span>
      </span>
      <span>{info.mode === 'browser' ? 'Browser mode' : 'Desktop app'}</span>
    </footer>
  );
}
