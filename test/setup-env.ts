/**
 * Browser APIs jsdom lacks and Fluent UI or postal-mime need (ResizeObserver, matchMedia, a Blob
 * with arrayBuffer). Harmless in the node environment.
 */
import { Blob as NodeBlob } from 'node:buffer';
import { TextDecoder, TextEncoder } from 'node:util';

const g = globalThis as Record<string, unknown>;
if (typeof window !== 'undefined') {
  class NoopResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  g.ResizeObserver ??= NoopResizeObserver;
  if (typeof window.matchMedia !== 'function') {
    Object.defineProperty(window, 'matchMedia', {
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        addListener: () => undefined,
        removeListener: () => undefined,
        dispatchEvent: () => false,
      }),
    });
  }
  g.TextEncoder ??= TextEncoder;
  g.TextDecoder ??= TextDecoder;
  if (typeof (g.Blob as { prototype?: { arrayBuffer?: unknown } } | undefined)?.prototype?.arrayBuffer !== 'function') g.Blob = NodeBlob;
}
