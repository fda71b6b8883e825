/**
 * An incremental CSV reader (RFC 4180: `,` separated, `"` quoted, `""` for a quote, newlines allowed inside
 * quotes, `\r\n` or `\n` line ends). Engines append to their result files while they run, so input arrives in
 * arbitrary chunks; a record is emitted only once its line end has arrived.
 */
export class CsvStream {
  private field = '';
  private record: string[] = [];
  private quoted = false;
  /** A quote inside a quoted field: either the end of the quotes or the first half of `""`. */
  private quoteSeen = false;
  private fieldStarted = false;

  constructor(
    private readonly onRecord: (fields: string[]) => void,
    private readonly separator = ',',
  ) {}

  push(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (this.quoted) {
        if (this.quoteSeen) {
          this.quoteSeen = false;
          if (ch === '"') {
            this.field += '"';
            continue;
          }
          this.quoted = false;
          // fall through: the character after the closing quote is handled as unquoted text
        } else if (ch === '"') {
          this.quoteSeen = true;
          continue;
        } else {
          this.field += ch;
          continue;
        }
      }
      if (ch === '"' && !this.fieldStarted) {
        this.quoted = true;
        this.fieldStarted = true;
      } else if (ch === this.separator) {
        this.endField();
      } else if (ch === '\n') {
        this.endRecord();
      } else if (ch === '\r') {
        // dropped: `\r\n` ends a record at the `\n`
      } else {
        this.field += ch;
        this.fieldStarted = true;
      }
    }
  }

  /** The input has ended: a last record without a line end still counts. */
  end(): void {
    if (this.quoteSeen) {
      this.quoteSeen = false;
      this.quoted = false;
    }
    if (this.fieldStarted || this.record.length > 0) this.endRecord();
  }

  private endField(): void {
    this.record.push(this.field);
    this.field = '';
    this.fieldStarted = false;
  }

  private endRecord(): void {
    this.endField();
    const record = this.record;
    this.record = [];
    // A blank line is not a record.
    if (record.length === 1 && record[0] === '') return;
    this.onRecord(record);
  }
}

/** Maps records to objects by the header (the first record). Unknown columns are kept; missing ones are ''. */
export class HeaderedCsv {
  private header: string[] | undefined;
  readonly stream: CsvStream;

  constructor(onRow: (row: Record<string, string>) => void, separator = ',') {
    this.stream = new CsvStream((fields) => {
      if (this.header === undefined) {
        this.header = fields.map((f) => f.trim());
        return;
      }
      const row: Record<string, string> = {};
      for (const [i, name] of this.header.entries()) row[name] = fields[i] ?? '';
      onRow(row);
    }, separator);
  }

  get columns(): readonly string[] | undefined {
    return this.header;
  }
}
