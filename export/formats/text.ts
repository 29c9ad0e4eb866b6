/** Building long texts (exports of tens of MB) from many small pieces, cheaply for the garbage collector. */

/** About 256K characters: joined chunks this long go straight to V8's large-object space, never copied again. */
const CHUNK = 1 << 18;

/**
 * Collects pieces and joins them every CHUNK characters. With `text += piece` every piece stays referenced until
 * the end, so the young-generation collector copies millions of small strings into the old generation; here they
 * die young, and the result is one flat string, quick to write.
 */
export class TextBuilder {
  private pieces: string[] = [];
  private readonly chunks: string[] = [];
  private length = 0;

  add(piece: string): void {
    this.pieces.push(piece);
    this.length += piece.length;
    if (this.length >= CHUNK) this.flush();
  }

  private flush(): void {
    this.chunks.push(this.pieces.join(""));
    this.pieces = [];
    this.length = 0;
  }

  /** Everything added, in order, after `head` (for a head known only at the end, such as a CSV header). */
  text(head = ""): string {
    this.flush();
    return head === "" ? this.chunks.join("") : [head, ...this.chunks].join("");
  }
}
