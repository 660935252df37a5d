// Where JSON text goes wrong. JSON.parse's messages differ between browsers and rarely say where,
// so after it fails this scanner finds the first bad character itself.

const PARTIAL =
  /^(?:t(?:r(?:ue?)?)?|f(?:a(?:l(?:se?)?)?)?|n(?:u(?:ll?)?)?|-?\d*(?:\.\d*)?(?:[eE][+-]?\d*)?)$/;

/** The offset of the first character that cannot continue valid JSON; `end` when the text stops early. */
export function findJsonError(text: string): { offset: number; end: boolean } {
  let i = 0;
  const stack: Array<'{' | '['> = [];
  /** Just after an opening bracket: no comma before the first entry. */
  let first = false;
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const fail = () => ({ offset: i, end: i >= text.length });
  // Expect a value; returns false at the first bad character.
  const value = (): boolean => {
    ws();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      first = true;
      return true;
    }
    if (c === '"') {
      first = false;
      return string();
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(
      text.slice(i, i + 400),
    );
    const rest = text.length - i < 400 ? text.slice(i) : '';
    if (rest && (!literal || literal[0].length < rest.length) && PARTIAL.test(rest)) {
      // The text ends inside a literal or a number.
      i = text.length;
      return false;
    }
    if (!literal) return false;
    i += literal[0].length;
    first = false;
    return true;
  };
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i++;
        return true;
      }
      if (c < ' ') return false;
      if (c === '\\') {
        const next = text[i + 1];
        if (next === undefined) {
          i++;
          return false;
        }
        if (next === 'u') {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]*$/.test(hex)) return false;
          if (hex.length < 4) {
            i = text.length;
            return false;
          }
          i += 6;
        } else if ('"\\/bfnrt'.includes(next)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  if (!value()) return fail();
  for (;;) {
    ws();
    const top = stack[stack.length - 1];
    if (!top) {
      return i >= text.length ? { offset: i, end: false } : fail();
    }
    const c = text[i];
    const closer = top === '{' ? '}' : ']';
    if (c === closer) {
      stack.pop();
      i++;
      first = false;
      continue;
    }
    if (!first) {
      if (c !== ',') return fail();
      i++;
      ws();
    }
    if (top === '{') {
      if (text[i] !== '"' || !string()) return fail();
      ws();
      if (text[i] !== ':') return fail();
      i++;
    }
    if (!value()) return fail();
  }
}
