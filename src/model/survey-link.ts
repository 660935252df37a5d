import * as z from 'zod/mini';
import { PerspectiveSchema } from './perspective-schema';

/** Decompressed invitations larger than this are refused (a checklist is ~20 KB of Markdown). */
export const MAX_INVITATION_BYTES = 512 * 1024;

/**
 * What a survey link carries: the survey id, who asks, the groups to choose from and the checklist's
 * Markdown itself (so the respondent's browser needs nothing else). No personal data.
 */
export const SurveyInvitationSchema = z.object({
  v: z.literal(1),
  surveyId: z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/)),
  organisation: z.string().check(z.maxLength(300)),
  groups: z.array(PerspectiveSchema).check(z.minLength(1), z.maxLength(20)),
  checklist: z.string().check(z.minLength(1)),
});
export type SurveyInvitation = z.infer<typeof SurveyInvitationSchema>;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function readLimited(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The invitation as the text of a link: JSON, deflated (CompressionStream) and base64url-encoded. */
export async function encodeInvitation(invitation: SurveyInvitation): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(invitation));
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return toBase64Url(await readLimited(stream, MAX_INVITATION_BYTES));
}

/** Reads an invitation from a link; null when it is damaged, too large or not one. */
export async function decodeInvitation(text: string): Promise<SurveyInvitation | null> {
  try {
    const bytes = fromBase64Url(text);
    const stream = new Blob([bytes as BlobPart])
      .stream()
      .pipeThrough(new DecompressionStream('deflate-raw'));
    const json = new TextDecoder('utf-8', { fatal: true }).decode(
      await readLimited(stream, MAX_INVITATION_BYTES),
    );
    const parsed = SurveyInvitationSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
