// Letters that Unicode decomposition does not reduce to a base letter (Sámi and neighbours).
const ASCII_LETTERS: Record<string, string> = {
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  ŋ: 'n',
  Ŋ: 'N',
  ŧ: 't',
  Ŧ: 'T',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  þ: 'th',
  ı: 'i',
  ʒ: 'z',
};

export interface SlugOptions {
  /** Characters kept besides ASCII letters and digits, e.g. `._` for a version number. */
  keep?: string;
  /** Keep upper-case letters (default: lower-case everything). */
  keepCase?: boolean;
  /** At most this many characters (default 60). */
  maxLength?: number;
}

/**
 * Text made safe for a file name: ASCII letters, digits and dashes, Finnish and Sámi letters
 * folded (`Inarin kunta čđŋŧ` → `inarin-kunta-cdnt`); empty when nothing is left.
 */
export function slug(
  text: string,
  { keep = '', keepCase = false, maxLength = 60 }: SlugOptions = {},
): string {
  const kept = keep.replace(/[\\\]^-]/g, '\\$&');
  const other = new RegExp(`[^A-Za-z0-9${kept}]+`, 'g');
  const edges = new RegExp(`^[-${kept}]+|-+$`, 'g');
  return (keepCase ? text : text.toLowerCase())
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\u0000-\u007f]/g, (c) => ASCII_LETTERS[c] ?? '-')
    .replace(other, '-')
    .replace(edges, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}
