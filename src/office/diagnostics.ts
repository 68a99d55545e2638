/** Client details for the IT report: which Outlook, where, how the bounce was read. */
import { highestMailboxSet, mailbox, office, onMailboxEvent } from './host';

export interface ClientDetails {
  readonly host: string;
  readonly version: string;
  readonly platform: string;
  readonly language: string;
  readonly mailboxSet: string;
}

export function clientDetails(): ClientDetails {
  const o = office();
  const mb = mailbox();
  const pick = (f: () => unknown): string => {
    try {
      const v = f();
      return typeof v === 'string' && v !== '' ? v : 'unknown';
    } catch {
      return 'unknown';
    }
  };
  return {
    host: pick(() => mb?.diagnostics?.hostName),
    version: pick(() => mb?.diagnostics?.hostVersion),
    platform: pick(() => o?.context?.platform),
    language: pick(() => o?.context?.displayLanguage),
    mailboxSet: highestMailboxSet() ?? 'unknown',
  };
}

export function clientLine(d: ClientDetails, route: string): string {
  return `Outlook: ${d.host} ${d.version}; platform: ${d.platform}; language: ${d.language}; Mailbox API ${d.mailboxSet}; bounce read via: ${route}`;
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
