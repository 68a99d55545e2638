/** The Office adapter: the only door between the pane and Office.js. */
export { currentItem, decodeAttachmentContent, looksLikeBounce, readDraft, readSelected, selectionMayFreeze, watchSelection } from './item';
export type { Attempt, ItemInfo, ItemState, ReadOutcome, ReadRoute } from './item';
export { isComposing, mailto, mailtoLink, MAX_ATTACHABLE_ID, openNewMessage, turnDraftIntoReport } from './draft';
export type { DraftContent, DraftOutcome, MailtoLink } from './draft';
export { isAddress, resolveHelpdesk, saveUserHelpdesk } from './settings';
export type { Helpdesk, HelpdeskSource } from './settings';
export { clientDetails, prefersDark, userAddress, watchTheme } from './diagnostics';
export type { ClientDetails } from './diagnostics';
export { hasMailbox, office, supports } from './host';
export { watchOutlookDrops } from './drop';
export type { DroppedFile } from './drop';
