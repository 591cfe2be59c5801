import { useEffect, useState } from 'react';
import { useShellData } from './hooks/useShellData';
import { ColumnArea } from './shell/ColumnArea';
import { NewPostDialog } from './shell/NewPostDialog';
import { Notices } from './shell/Notices';
import { Sidebar } from './shell/Sidebar';
import { StatusBar } from './shell/StatusBar';
import { SettingsDialog } from './settings/SettingsDialog';

type Overlay = 'none' | 'settings' | 'new-post';

export const SHELL_PAINTED_MARK = 'columns:shell-painted';

export function App(): React.JSX.Element {
  const [data, updateSettings] = useShellData();
  const [overlay, setOverlay] = useState<Overlay>('none');
  const theme = data.state === 'ready' ? data.settings.theme : 'system';

  const ready = data.state === 'ready';
  useEffect(() => {
    // The frame after the shell commits is when the user first sees it: benches read this mark.
    if (ready) requestAnimationFrame(() => setTimeout(() => performance.mark(SHELL_PAINTED_MARK), 0));
  }, [ready]);

  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset['theme'];
    else document.documentElement.dataset['theme'] = theme;
  }, [theme]);

  if (data.state === 'loading') {
    return (
      <main className="boot" aria-busy="true">
        <p>Starting Columns…</p>
      </main>
    );
  }
  if (data.state === 'failed') {
    return (
      <main className="boot" role="alert">
        <h1>Columns cannot reach its engine</h1>
        <p>{data.message}</p>
      </main>
    );
  }

  const { info, settings, accounts } = data;
  return (
    <div className="app" data-testid="shell">
      <Sidebar
        accounts={accounts}
        onNewPost={() => setOverlay('new-post')}
        onOpenSettings={() => setOverlay('settings')}
      />
      <div className="workspace">
        <Notices notices={info.notices} />
        <ColumnArea hasAccounts={accounts.length > 0} onOpenSettings={() => setOverlay('settings')} />
        <StatusBar info={info} settings={settings} />
      </div>
      {overlay === 'settings' && (
        <SettingsDialog info={info} settings={settings} onChange={updateSettings} onClose={() => setOverlay('none')} />
      )}
      {overlay === 'new-post' && (
        <NewPostDialog
          accounts={accounts}
          onClose={() => setOverlay('none')}
          onOpenSettings={() => setOverlay('settings')}
        />
      )}
    </div>
  );
}
