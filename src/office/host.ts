/**
 * Access to the Office.js globals, narrowed to what the add-in uses. Everything that touches
 * Office.js lives in `src/office/`; the pane only sees the functions exported here and beside.
 */

/** The `Office` global, when the page runs inside Outlook (or under the playground's simulation). */
export function office(): typeof Office | null {
  const g = globalThis as { Office?: typeof Office };
  return g.Office ?? null;
}

export function mailbox(): Office.Mailbox | null {
  try {
    return office()?.context?.mailbox ?? null;
  } catch {
    return null;
  }
}

/** The pane runs inside Outlook (or its simulation): there is a mailbox to read from. */
export function hasMailbox(): boolean {
  return mailbox() !== null;
}

/** `isSetSupported` that never throws (old clients lack `requirements`). */
export function supports(set: string, version: string): boolean {
  try {
    return office()?.context?.requirements?.isSetSupported(set, version) === true;
  } catch {
    return false;
  }
}

/** Highest Mailbox requirement set the client reports, for the IT report. */
export function highestMailboxSet(): string | null {
  for (let minor = 16; minor >= 1; minor--) if (supports('Mailbox', `1.${minor}`)) return `1.${minor}`;
  return null;
}

/**
 * Subscribes to a mailbox event by its `Office.EventType` name (ItemChanged, DragAndDropEvent,
 * OfficeThemeChanged). Returns an unsubscribe function; where the client lacks the event or the
 * call throws, nothing is subscribed and the function does nothing.
 */
export function onMailboxEvent(name: string, handler: (args: never) => void): () => void {
  const mb = mailbox();
  const type = (office()?.EventType as Record<string, unknown> | undefined)?.[name];
  if (mb === null || typeof type !== 'string' || typeof mb.addHandlerAsync !== 'function') return () => undefined;
  try {
    mb.addHandlerAsync(type, handler);
  } catch {
    return () => undefined;
  }
  return () => {
    try {
      mb.removeHandlerAsync(type);
    } catch {
      // nothing to undo
    }
  };
}
