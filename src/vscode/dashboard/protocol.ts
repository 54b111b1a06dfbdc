// The messages between the dashboard panel and its webview (media/dashboard.js).
import type { HandoffMetrics } from '../../core/index';

/** What the webview draws. */
export interface DashboardModel {
  readonly metrics: HandoffMetrics;
  /** Path (URI string) of every handoff in the lists → the name shown (workspace-relative). */
  readonly files: Readonly<Record<string, string>>;
  /** Git history was read (ages of undated handoffs, time to done). */
  readonly gitHistory: boolean;
  /** Why the workspace shows nothing, when it does. */
  readonly empty?: string;
}

/** What the webview reports after drawing, read back from its DOM (integration tests assert on it). */
export interface RenderReport {
  readonly today: string;
  /** Card id (total, open, overdue, stale, ...) → the text shown. */
  readonly cards: Readonly<Record<string, string>>;
  /** Chart id (status, receiver, type, rules) → bar label → value. */
  readonly bars: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** The heat table: from → to → count. */
  readonly flow: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** List id (overdue, stale, dropped, journeys) → the paths of its entries, in order. */
  readonly lists: Readonly<Record<string, readonly string[]>>;
  /** The journeys table: each row's cells as shown (journey, state, stages, now, days). */
  readonly journeys: readonly (readonly string[])[];
}

/** Something to click in the webview: its Refresh button, or the entry for `path` in a list (overdue, stale, dropped, journeys). */
export type ClickTarget = 'refresh' | { readonly list: string; readonly path: string };

export type ToWebview = { readonly type: 'update'; readonly model: DashboardModel } | { readonly type: 'click'; readonly target: ClickTarget };

export type FromWebview =
  | { readonly type: 'ready' }
  | { readonly type: 'refresh' }
  | { readonly type: 'open'; readonly path: string }
  | { readonly type: 'rendered'; readonly report: RenderReport };

export function isFromWebview(message: unknown): message is FromWebview {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as { type?: unknown; path?: unknown; report?: unknown };
  switch (m.type) {
    case 'ready':
    case 'refresh':
      return true;
    case 'open':
      return typeof m.path === 'string';
    case 'rendered':
      return typeof m.report === 'object' && m.report !== null;
    default:
      return false;
  }
}
