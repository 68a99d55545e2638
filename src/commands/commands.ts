/** FunctionFile for the manifest: the add-in has no UI-less commands; Office only needs it to load. */
const g = globalThis as { Office?: { onReady?: () => Promise<unknown> } };
void g.Office?.onReady?.();
export {};
