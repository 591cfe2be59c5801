// "?" lists every keyboard shortcut.
import { Dialog } from '../shell/Dialog';

export const SHORTCUTS: readonly { keys: string; does: string }[] = [
  { keys: 'j / k', does: 'Next / previous post in the column' },
  { keys: 'r', does: 'Reply as the account that received the post' },
  { keys: 'l', does: 'Like' },
  { keys: 't', does: 'Repost' },
  { keys: 'q', does: 'Quote' },
  { keys: 'h', does: 'Hide the reply' },
  { keys: 'e', does: 'Mark handled (again: not handled)' },
  { keys: 'u', does: 'Mute the author' },
  { keys: 'o / Enter', does: 'Open the post (training: inside the app)' },
  { keys: 'p', does: 'The author’s profile (training: inside the app)' },
  { keys: 'Esc', does: 'Close a dialog or menu; on a post, back to its column' },
  { keys: 'n', does: 'New post' },
  { keys: '/', does: 'Search: go to a search column, or add one' },
  { keys: '1 – 9', does: 'Jump to column 1 to 9' },
  { keys: '?', does: 'This list' },
  { keys: '← →', does: 'On a column’s edge: make it narrower or wider' },
];

export function ShortcutsDialog({ onClose }: { onClose: () => void }): React.JSX.Element {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <p className="hint">Shortcuts work when you are not typing in a field.</p>
      <dl className="shortcuts">
        {SHORTCUTS.map((shortcut) => (
          <div key={shortcut.keys} className="shortcuts__row">
            <dt>
              <kbd>{shortcut.keys}</kbd>
            </dt>
            <dd>{shortcut.does}</dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
