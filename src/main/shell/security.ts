// The Electron security baseline (DESIGN "Security baseline"), as plain functions over the small
// parts of Electron's API they touch, so that vitest can check them without an Electron runtime.
// Only types are imported from electron.
import type { WebPreferences } from 'electron';

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    safeDialogs: true,
  };
}

/** Only https links leave the app, and only to the system browser. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/** True when `url` is the app's own page (same origin and, for file:, the very same file). */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname;
    return target.origin === app.origin;
  } catch {
    return false;
  }
}

interface GuardableEvent {
  preventDefault(): void;
}

interface NavigationDetails {
  url: string;
}

/** The parts of WebContents the guards use. */
export interface GuardableContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }): void;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: GuardableEvent & NavigationDetails, url?: string) => void): void;
  on(event: 'will-attach-webview', listener: (event: GuardableEvent) => void): void;
}

export interface GuardableSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (contents: unknown, permission: string) => boolean): void;
}

export interface GuardDeps {
  appUrl: string;
  openExternal(url: string): void;
}

/** New windows are never opened; safe https links go to the system browser instead. */
export function guardContents(contents: GuardableContents, deps: GuardDeps): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) deps.openExternal(url);
    return { action: 'deny' };
  });
  const blockNavigation = (event: GuardableEvent & NavigationDetails, url?: string): void => {
    const target = url ?? event.url;
    if (isAppUrl(target, deps.appUrl)) return;
    event.preventDefault();
  };
  contents.on('will-navigate', blockNavigation);
  contents.on('will-redirect', blockNavigation);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Columns needs no camera, microphone, geolocation, notifications-by-web-API or anything else. */
export function denyAllPermissions(session: GuardableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

/** IPC is answered only for the app's own top frame (STYLE: VS Code's validatedIpcMain). */
export function isTrustedSender(frame: SenderFrameLike | null | undefined, appUrl: string): boolean {
  if (!frame) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url, appUrl);
}
