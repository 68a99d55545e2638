/**
 * Outlook's own drag-and-drop event (Mailbox 1.5 in Outlook on the web and new Outlook): a message
 * dragged onto the pane arrives as an .eml file. HTML5 drop covers the other clients.
 */
import { onMailboxEvent } from './host';

export interface DroppedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

interface DragAndDropArgs {
  dragAndDropEventData?: { type?: string; dataTransfer?: { files?: Array<{ name?: string; fileContent?: Blob }> } };
}

export function watchOutlookDrops(onFile: (file: DroppedFile) => void): () => void {
  return onMailboxEvent('DragAndDropEvent', (args: DragAndDropArgs) => {
    const data = args.dragAndDropEventData;
    if (data?.type !== 'drop') return;
    for (const f of data.dataTransfer?.files ?? []) {
      if (f.fileContent === undefined) continue;
      void f.fileContent.arrayBuffer().then((buf) => onFile({ name: f.name ?? 'message.eml', bytes: new Uint8Array(buf) }));
    }
  });
}
