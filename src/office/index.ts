/** The Office adapter: the only door between the pane and Office.js. */
export { currentItem, readDraft, readSelected, watchSelection } from './item';
export type { Attempt, ItemInfo, ItemState, ReadOutcome, ReadRoute } from './item';
export { mailtoLink, openNewMessage, turnDraftIntoReport } from './draft';
export type { DraftContent, DraftOutcome } from './draft';
export { isAddress, resolveHelpdesk, saveUserHelpdesk } from './settings';
export type { Helpdesk, HelpdeskSource } from './settings';
export { clientDetails, clientLine, prefersDark, userAddress, watchTheme } from './diagnostics';
export { office, supports } from './host';
export { watchOutlookDrops } from './drop';
export type { DroppedFile } from './drop';
