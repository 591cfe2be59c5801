// Saves text as a file through a temporary blob: link. The CSP governs what the page loads, not what
// it saves; a download never navigates the window (which the Electron shell blocks).
export function downloadText(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click is handled; free the blob after that.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
