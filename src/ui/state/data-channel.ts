/** What one tab tells the app's other tabs about stored data. */
export type DataMessage =
  | { type: 'saved'; assessmentId: string; revision: number }
  | { type: 'trashed'; assessmentId: string }
  | { type: 'restored'; assessmentId: string }
  /** New assessments were stored (created, a next round, the demo data): lists read again. */
  | { type: 'added'; assessmentIds: string[] }
  /**
   * A closing tab wrote a close-time edit to the pending store (under `key`): whoever is open merges
   * it in. The message can arrive before the write is visible to another connection.
   */
  | { type: 'pending'; assessmentId: string; key: string };

/** The channel's name; the projector's channels (workshop-channel.ts) are separate. */
const DATA_CHANNEL = 'jy-data';

/**
 * Tells the app's other tabs and windows (same origin, same device) when stored data changed,
 * so they can show it without a reload. A BroadcastChannel never delivers to its own sender.
 */
export class DataChannel {
  private readonly channel?: BroadcastChannel;

  constructor(onMessage: (message: DataMessage) => void = () => undefined) {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(DATA_CHANNEL);
    this.channel.onmessage = (e: MessageEvent<DataMessage>) => onMessage(e.data);
  }

  post(message: DataMessage): void {
    this.channel?.postMessage(message);
  }

  close(): void {
    this.channel?.close();
  }
}

/** Tells the other tabs once, from a channel of its own (for code that does not listen). */
export function announce(message: DataMessage): void {
  const channel = new DataChannel();
  channel.post(message);
  channel.close();
}
