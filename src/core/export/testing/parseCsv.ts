/**
 * A strict RFC 4180 reader for tests: records end with CRLF (a bare LF is an error, so a writer
 * that forgets the CR fails), quoted fields may hold commas, quotes ("" inside) and line breaks.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const endField = (): void => {
    record.push(field);
    field = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === '"' && field === '') {
      // A quoted field: up to the closing quote that is not doubled.
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('an unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        throw new Error(`text after a closing quote at ${i}`);
      }
      continue;
    }
    if (ch === ',') {
      endField();
      i += 1;
    } else if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`a CR without LF at ${i}`);
      endField();
      records.push(record);
      record = [];
      i += 2;
    } else if (ch === '\n') {
      throw new Error(`a bare LF at ${i}: records end with CRLF`);
    } else if (ch === '"') {
      throw new Error(`a quote inside an unquoted field at ${i}`);
    } else {
      field += ch;
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('the last record has no CRLF');
  return records;
}
