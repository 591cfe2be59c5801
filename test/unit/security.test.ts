// The Electron security baseline, checked against small fakes of the Electron objects the guards
// touch (the Electron runtime itself cannot run here).
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_HEADER } from '../../src/shared/csp';
import {
  denyAllPermissions,
  guardContents,
  isSafeExternalUrl,
  isTrustedSender,
  secureWebPreferences,
  type GuardableContents,
} from '../../src/main/shell/security';

const APP_URL = 'file:///opt/columns/out/renderer/index.html';

class FakeContents {
  openHandler: ((details: { url: string }) => { action: string }) | undefined;
  readonly listeners = new Map<string, ((event: { url: string; preventDefault(): void }) => void)[]>();

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }

  on(name: string, listener: (event: { url: string; preventDefault(): void }) => void): void {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
  }

  fire(name: string, url: string): boolean {
    let prevented = false;
    for (const listener of this.listeners.get(name) ?? []) listener({ url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

function guarded() {
  const contents = new FakeContents();
  const openExternal = vi.fn();
  guardContents(contents as unknown as GuardableContents, { appUrl: APP_URL, openExternal });
  return { contents, openExternal };
}

describe('web preferences', () => {
  it('isolate, sandbox and keep Node out of the renderer', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});

describe('window and navigation guards', () => {
  it('denies every new window and sends only https links to the system browser', () => {
    const { contents, openExternal } = guarded();
    for (const url of ['https://x.com/HorizonsNHS', 'http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls).toEqual([['https://x.com/HorizonsNHS']]);
  });

  it('blocks navigation and redirects away from the app page', () => {
    const { contents } = guarded();
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', APP_URL)).toBe(false);
    expect(contents.fire('will-navigate', `${APP_URL}#settings`)).toBe(false);
  });

  it('never attaches a webview', () => {
    const { contents } = guarded();
    expect(contents.fire('will-attach-webview', 'about:blank')).toBe(true);
  });

  it('treats only credential-free https as a safe external link', () => {
    expect(isSafeExternalUrl('https://developer.x.com/en/portal/dashboard')).toBe(true);
    expect(isSafeExternalUrl('https://user:pw@x.com')).toBe(false);
    expect(isSafeExternalUrl('http://x.com')).toBe(false);
    expect(isSafeExternalUrl('not a url')).toBe(false);
    // X's authorize page opens in the system browser; the loopback callback never needs opening.
    expect(isSafeExternalUrl('https://x.com/i/oauth2/authorize?response_type=code&client_id=abc&state=s')).toBe(true);
    expect(isSafeExternalUrl('http://127.0.0.1:53682/callback?code=c&state=s')).toBe(false);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    let requestHandler: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let checkHandler: ((c: unknown, p: string) => boolean) | undefined;
    denyAllPermissions({
      setPermissionRequestHandler: (handler) => (requestHandler = handler),
      setPermissionCheckHandler: (handler) => (checkHandler = handler),
    });
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler?.(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(checkHandler?.(null, permission)).toBe(false);
    }
  });
});

describe('IPC sender check', () => {
  it('answers only the app page in the top frame', () => {
    expect(isTrustedSender({ url: APP_URL, parent: null }, APP_URL)).toBe(true);
    expect(isTrustedSender({ url: APP_URL, parent: {} }, APP_URL)).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null }, APP_URL)).toBe(false);
    expect(isTrustedSender({ url: 'file:///tmp/other.html', parent: null }, APP_URL)).toBe(false);
    expect(isTrustedSender(null, APP_URL)).toBe(false);
    const devUrl = 'http://localhost:5173/';
    expect(isTrustedSender({ url: 'http://localhost:5173/index.html', parent: null }, devUrl)).toBe(true);
    expect(isTrustedSender({ url: 'http://localhost:5174/', parent: null }, devUrl)).toBe(false);
  });
});

describe('content security policy', () => {
  it('allows no inline, remote or evaluated script', () => {
    const scriptSrc = /script-src ([^;]+)/.exec(CONTENT_SECURITY_POLICY)?.[1];
    expect(scriptSrc).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY_HEADER).toContain("frame-ancestors 'none'");
  });
});
