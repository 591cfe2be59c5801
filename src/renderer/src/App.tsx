import { lazy, Suspense, useEffect, useState } from 'react';
import type { AccountSummary } from '../../shared/contract';
import type { QueuedPost } from '../../shared/queue';
import { AccountSettingsDialog } from './accounts/AccountSettingsDialog';
import { ConnectAccountDialog } from './accounts/ConnectAccountDialog';
import { RemoveAccountDialog } from './accounts/RemoveAccountDialog';
import { TrainingBanner } from './accounts/TrainingBanner';
import { ComposeAnnouncer } from './compose/ComposeAnnouncer';
import { PostOutcomeNotice } from './compose/PostOutcomeNotice';
import { InAppViewer } from './columns/InAppViewer';
import { ComposerDialog } from './compose/LazyComposerDialog';
import { GuardHost } from './guard/GuardHost';
import type { ComposerStart } from './compose/ComposerDialog';
import { useShellData } from './hooks/useShellData';
import { useAttention, useAttentionTitle } from './schedule/useAttention';
import { ViewNavItem } from './schedule/ViewNavItem';
import { useEngineReachable } from './api/connection';
import { ColumnArea } from './shell/ColumnArea';
import { EngineBanner } from './shell/EngineBanner';
import { Notices } from './shell/Notices';
import { ACCOUNTS_HEADING_ID, Sidebar } from './shell/Sidebar';
import { StatusBar } from './shell/StatusBar';
import { SettingsDialog } from './settings/SettingsDialog';
import { WelcomeScreen } from './welcome/WelcomeScreen';

type Overlay =
  | { kind: 'none' }
  | { kind: 'settings'; section?: 'x-app' }
  | { kind: 'new-post'; start?: ComposerStart; editing?: QueuedPost }
  | { kind: 'connect'; accountId?: string }
  | { kind: 'account-settings'; accountId: string }
  | { kind: 'remove-account'; accountId: string };

const NONE: Overlay = { kind: 'none' };

// The schedule (list, calendar, import) loads when first opened, keeping the first paint lean.
const ScheduleView = lazy(() => import('./schedule/ScheduleView').then((module) => ({ default: module.ScheduleView })));
const ChatsView = lazy(() => import('./chat/ChatsView').then((module) => ({ default: module.ChatsView })));

export const SHELL_PAINTED_MARK = 'columns:shell-painted';

export function App(): React.JSX.Element {
  const [data, { updateSettings, setAccounts, upsertAccount }] = useShellData();
  const [overlay, setOverlay] = useState<Overlay>(NONE);
  const [view, setView] = useState<'columns' | 'schedule' | 'chats'>('columns');
  // The chat the Chats view opens on when a chat's post in the Schedule asks for it.
  const [openChatId, setOpenChatId] = useState<string | null>(null);
  const attention = useAttention();
  const reachable = useEngineReachable();
  useAttentionTitle(attention);
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
  const close = (): void => setOverlay(NONE);
  const openXAppSteps = (): void => setOverlay({ kind: 'settings', section: 'x-app' });
  const accountFor = (id: string): AccountSummary | undefined => accounts.find((account) => account.id === id);
  const editPost = (post: QueuedPost): void => setOverlay({ kind: 'new-post', editing: post });

  // One overlay at a time: a dialog may hand over to the next (account settings → remove → back).
  const renderOverlay = (): React.JSX.Element | null => {
    switch (overlay.kind) {
      case 'none':
        return null;
      case 'settings':
        return (
          <SettingsDialog
            info={info}
            settings={settings}
            accounts={accounts}
            {...(overlay.section ? { section: overlay.section } : {})}
            onAddAccount={() => setOverlay({ kind: 'connect' })}
            onChange={updateSettings}
            onClose={close}
          />
        );
      case 'new-post':
        return (
          <ComposerDialog
            key={overlay.editing?.id ?? 'new'}
            accounts={accounts}
            settings={settings}
            {...(overlay.start ? { start: overlay.start } : {})}
            {...(overlay.editing ? { editing: overlay.editing } : {})}
            onEditPost={editPost}
            onClose={close}
            onOpenSettings={() => setOverlay({ kind: 'settings' })}
          />
        );
      case 'connect': {
        const reconnect = overlay.accountId ? accountFor(overlay.accountId) : undefined;
        return (
          <ConnectAccountDialog
            key={overlay.accountId ?? 'new'}
            {...(reconnect ? { reconnect } : {})}
            onConnected={upsertAccount}
            onClose={close}
            onOpenXAppSettings={openXAppSteps}
          />
        );
      }
      case 'account-settings': {
        const account = accountFor(overlay.accountId);
        if (!account) return null;
        return (
          <AccountSettingsDialog
            account={account}
            onUpdated={upsertAccount}
            onRemove={() => setOverlay({ kind: 'remove-account', accountId: account.id })}
            onClose={close}
          />
        );
      }
      case 'remove-account': {
        const account = accountFor(overlay.accountId);
        if (!account) return null;
        return (
          <RemoveAccountDialog
            account={account}
            onRemoved={(remaining) => {
              setAccounts(remaining);
              close();
            }}
            onCancel={() => setOverlay({ kind: 'account-settings', accountId: account.id })}
          />
        );
      }
    }
  };

  return (
    <div className="app" data-testid="shell">
      <Sidebar
        accounts={accounts}
        onNewPost={() => setOverlay({ kind: 'new-post' })}
        onOpenSettings={() => setOverlay({ kind: 'settings' })}
        onAddAccount={() => setOverlay({ kind: 'connect' })}
        onReconnect={(accountId) => setOverlay({ kind: 'connect', accountId })}
        onOpenAccountSettings={(accountId) => setOverlay({ kind: 'account-settings', accountId })}
        views={
          accounts.length > 0 && (
            <>
              <ViewNavItem label="Columns" current={view === 'columns'} onClick={() => setView('columns')} />
              <ViewNavItem label="Schedule" current={view === 'schedule'} attention={attention} onClick={() => setView('schedule')} />
              <ViewNavItem
                label="Chats"
                current={view === 'chats'}
                onClick={() => {
                  setOpenChatId(null);
                  setView('chats');
                }}
              />
            </>
          )
        }
      />
      <div className={reachable ? 'workspace' : 'workspace workspace--offline'}>
        <EngineBanner />
        <TrainingBanner accounts={accounts} />
        <Notices notices={info.notices} />
        {accounts.length === 0 ? (
          <WelcomeScreen
            onTrainingConnected={(trainingAccounts) => {
              setAccounts(trainingAccounts);
              requestAnimationFrame(() => document.getElementById(ACCOUNTS_HEADING_ID)?.focus());
            }}
            onConnectX={() => setOverlay({ kind: 'connect' })}
            onShowXAppSteps={openXAppSteps}
          />
        ) : view === 'schedule' ? (
          <Suspense fallback={<main className="columns" aria-busy="true" />}>
            <ScheduleView
              accounts={accounts}
              settings={settings}
              onEdit={editPost}
              onOpenChat={(chatId) => {
                setOpenChatId(chatId);
                setView('chats');
              }}
            />
          </Suspense>
        ) : view === 'chats' ? (
          <Suspense fallback={<main className="columns" aria-busy="true" />}>
            <ChatsView key={openChatId ?? 'list'} accounts={accounts} settings={settings} openChatId={openChatId} />
          </Suspense>
        ) : (
          <ColumnArea accounts={accounts} settings={settings} onCompose={(start) => setOverlay({ kind: 'new-post', ...(start ? { start } : {}) })} />
        )}
        <StatusBar info={info} settings={settings} />
      </div>
      {renderOverlay()}
      <ComposeAnnouncer />
      <GuardHost timeZone={settings.timeZone} />
      <PostOutcomeNotice accounts={accounts} locale={settings.locale} timeZone={settings.timeZone} onOpenSchedule={() => setView('schedule')} />
      <InAppViewer locale={settings.locale} timeZone={settings.timeZone} />
    </div>
  );
}
