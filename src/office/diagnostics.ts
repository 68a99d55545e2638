/** Client details for the IT report: which Outlook, where, how the bounce was read. */
import { highestMailboxSet, mailbox, office, onMailboxEvent } from './host';

/** What the client says about itself; null where it does not say (the report writes "not given"). */
export interface ClientDetails {
  readonly host: string | null;
  readonly version: string | null;
  readonly platform: string | null;
  readonly language: string | null;
  readonly mailboxSet: string | null;
}

export function clientDetails(): ClientDetails {
  const o = office();
  const mb = mailbox();
  const pick = (f: () => unknown): string | null => {
    try {
      const v = f();
      return typeof v === 'string' && v !== '' ? v : null;
    } catch {
      return null;
    }
  };
  return {
    host: pick(() => mb?.diagnostics?.hostName),
    version: pick(() => mb?.diagnostics?.hostVersion),
    platform: pick(() => o?.context?.platform),
    language: pick(() => o?.context?.displayLanguage),
    mailboxSet: highestMailboxSet(),
  };
}

/** The user's own address, to judge forged senders and own-organisation servers. */
export function userAddress(): string | null {
  try {
    const v = mailbox()?.userProfile?.emailAddress;
    return typeof v === 'string' && v !== '' ? v : null;
  } catch {
    return null;
  }
}

/**
 * Follows Office theme changes while the pane is open (OfficeThemeChanged, Mailbox 1.14; task
 * panes only). Returns an unsubscribe function; without the event, nothing happens.
 */
export function watchTheme(onChange: (dark: boolean) => void): () => void {
  return onMailboxEvent('OfficeThemeChanged', () => {
    const dark = prefersDark();
    if (dark !== null) onChange(dark);
  });
}

/** Theme from Office (1.14's officeTheme): dark when the body background is dark. */
export function prefersDark(): boolean | null {
  try {
    const bg = office()?.context?.officeTheme?.bodyBackgroundColor;
    if (typeof bg !== 'string' || !/^#?[0-9a-f]{6}$/i.test(bg)) return null;
    const hex = bg.replace('#', '');
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0) < 128;
  } catch {
    return null;
  }
}
