import type { RoomView } from '../../model/room';

/** Messages between the facilitator's window and projector windows of one assessment. */
export type WorkshopMessage = { type: 'view'; view: RoomView } | { type: 'hello' };

/**
 * A BroadcastChannel per assessment: the facilitator posts what the room sees, projectors ask for it
 * when they open. Same-origin windows only, so it works offline and nothing leaves the device.
 */
export class WorkshopChannel {
  private readonly channel?: BroadcastChannel;

  constructor(assessmentId: string, onMessage: (message: WorkshopMessage) => void) {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(`jy-workshop:${assessmentId}`);
    this.channel.onmessage = (e: MessageEvent<WorkshopMessage>) => onMessage(e.data);
  }

  post(message: WorkshopMessage): void {
    this.channel?.postMessage(message);
  }

  close(): void {
    this.channel?.close();
  }
}
