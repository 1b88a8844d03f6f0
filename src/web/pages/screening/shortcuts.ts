/** The actions the screening page binds to Alt+letter, as documented on the page. */
export const SHORTCUT_KEYS = ['mrz', 'name', 'trip', 'result', 'decide'] as const;

/** One shortcut action. */
export type ShortcutAction = (typeof SHORTCUT_KEYS)[number];

// Physical keys (event.code), so the shortcuts work whatever the keyboard layout types.
const BY_CODE: Record<string, ShortcutAction> = {
  KeyM: 'mrz',
  KeyN: 'name',
  KeyT: 'trip',
  KeyR: 'result',
  KeyK: 'decide',
};

/** The action of a key press, when it is Alt plus one of the page's letters and nothing else. */
export function shortcutFor(event: {
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  code: string;
}): ShortcutAction | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  return BY_CODE[event.code] ?? null;
}
