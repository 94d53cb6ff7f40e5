/**
 * Numbers the distinct substrings of one text by their characters, 0, 1, 2 … in the order each is
 * first asked for, without making a string per question: a speech has ~3,000 words and ~900
 * distinct ones, so slicing and hashing a fresh string for each word cost more than comparing the
 * characters in place. An open-addressing table over offsets into the text, kept at most half
 * full (it doubles when more come than it was sized for); nothing outlives it.
 */
export class SubstringIds {
  /** Per slot: entry number + 1; 0 is an empty slot. */
  private slots: Int32Array;
  private mask: number;
  private readonly starts: number[] = [];
  private readonly lengths: number[] = [];
  private readonly hashes: number[] = [];

  /** For about `capacity` distinct substrings of `text`. */
  constructor(
    private readonly text: string,
    capacity: number,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** How many distinct substrings have been numbered. */
  get size(): number {
    return this.starts.length;
  }

  /** The number of `text[start, end)`: the one its characters got before, else the next one. */
  idOf(start: number, end: number): number {
    const { text, starts, lengths } = this;
    const length = end - start;
    // FNV-1a over the UTF-16 code units.
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const entry = this.slots[slot]! - 1;
      if (entry < 0) {
        this.slots[slot] = starts.length + 1;
        starts.push(start);
        lengths.push(length);
        this.hashes.push(h);
        if (starts.length * 2 > this.slots.length) this.grow();
        return starts.length - 1;
      }
      if (lengths[entry] === length && this.sameAt(starts[entry]!, start, length)) return entry;
    }
  }

  private sameAt(a: number, b: number, length: number): boolean {
    const { text } = this;
    for (let k = 0; k < length; k++) if (text.charCodeAt(a + k) !== text.charCodeAt(b + k)) return false;
    return true;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    this.mask = this.slots.length - 1;
    this.hashes.forEach((h, entry) => {
      let slot = h & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = entry + 1;
    });
  }
}
