/** The media types of the files the app hands out; text is always UTF-8. */
export const MEDIA_TYPES = {
  markdown: 'text/markdown;charset=utf-8',
  json: 'application/json;charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv;charset=utf-8',
} as const;

/** Hands a file to the browser's download. */
export function downloadFile(
  fileName: string,
  content: string | Uint8Array,
  type: (typeof MEDIA_TYPES)[keyof typeof MEDIA_TYPES],
): void {
  const url = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoked later, not at once: the browser may start reading the blob only after the click.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
