// Single-letter shortcuts must never fire while the user types, nor behind an open dialog.
export function isTypingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable="true"]') !== null;
}

export function dialogIsOpen(): boolean {
  return document.querySelector('dialog[open]') !== null;
}
