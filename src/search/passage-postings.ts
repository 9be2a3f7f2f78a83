/**
 * Passage postings for the index build (ingest only): each word of the passages → the ascending
 * numbers of the passages it is in. The build reads some two million words; as a
 * `Map<string, number[]>` each one cost a slice of the text, a string hash and a lookup in a large
 * table, and these were a third of the build. Here a word is looked up from its range of the
 * text (hashed and compared character by character, ASCII letters lower-cased on the way) in an
 * open-addressing table of dense ids, so only a word seen for the first time becomes a string.
 */
import { isAsciiWordChar, lowerAscii } from '../lib/text/charCodes';
import { FNV_OFFSET, fnvStep } from './fnv';
import { MAX_WORD_LENGTH, words } from './text';

// A word scanned in the text and a word string must hash alike: both go through fnvStep.

export class PassagePostings {
  /** Words in the order they were first seen; `lists[id]` holds the passages of `words[id]`. */
  readonly words: string[] = [];
  readonly lists: number[][] = [];
  /** Per id: its hash, and the last passage it was added for (a word counts once a passage). */
  private hashes = new Int32Array(1024);
  private lastPassage = new Int32Array(1024);
  /** Open addressing: slot → id + 1 (0 is empty). */
  private slots = new Int32Array(4096);

  /** The passages of `word`, if any passage has it. */
  get(word: string): number[] | undefined {
    const { id } = this.find(word);
    return id < 0 ? undefined : this.lists[id];
  }

  /**
   * Adds passage `passage` (passages come in ascending order) with the words of
   * `text.slice(start, end)` as `words()` finds them. No word reaches across an ASCII character
   * that is not a letter or digit, so the passage is read as the runs between such characters: a
   * run of ASCII letters and digits (nearly every run) is one word, looked up from its range;
   * any other run goes through `words()`, whose matches inside it are those in the whole passage.
   */
  addPassage(text: string, start: number, end: number, passage: number): void {
    const stop = Math.min(end, text.length);
    let i = start;
    while (i < stop) {
      const c = text.charCodeAt(i);
      if (c < 0x80 && !isAsciiWordChar(c)) {
        i++;
        continue;
      }
      // The run is hashed as it is scanned (its first MAX_WORD_LENGTH characters, lower-cased):
      // reading each character once more to hash it was a third of the time spent here.
      const cap = i + MAX_WORD_LENGTH;
      let h = FNV_OFFSET;
      let j = i;
      let ascii = true;
      for (; j < stop; j++) {
        const d = text.charCodeAt(j);
        if (d >= 0x80) ascii = false;
        else if (!isAsciiWordChar(d)) break;
        if (j < cap) h = fnvStep(h, lowerAscii(d));
      }
      if (ascii) this.addId(this.idOfRange(text, i, Math.min(j, cap), h), passage);
      else for (const w of words(text.slice(i, j))) this.addId(this.idOfWord(w), passage);
      i = j;
    }
  }

  private addId(id: number, passage: number): void {
    if (this.lastPassage[id] === passage + 1) return;
    this.lastPassage[id] = passage + 1;
    this.lists[id]!.push(passage);
  }

  /** Id of the lower-cased ASCII word `text.slice(start, end)` (whose hash is `h`), added when new. */
  private idOfRange(text: string, start: number, end: number, h: number): number {
    const mask = this.slots.length - 1;
    let slot = h & mask;
    for (; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]! - 1;
      if (id < 0) break;
      if (this.hashes[id] !== h) continue;
      const w = this.words[id]!;
      if (w.length !== end - start) continue;
      let k = 0;
      while (k < w.length && w.charCodeAt(k) === lowerAscii(text.charCodeAt(start + k))) k++;
      if (k === w.length) return id;
    }
    return this.insert(text.slice(start, end).toLowerCase(), h, slot);
  }

  /** Id of `word` (already folded), added when new. */
  private idOfWord(word: string): number {
    const { id, h, slot } = this.find(word);
    return id >= 0 ? id : this.insert(word, h, slot);
  }

  /** `word`'s id (-1 when absent), its hash, and its slot (where it is, or the empty one it would take). */
  private find(word: string): { id: number; h: number; slot: number } {
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = fnvStep(h, word.charCodeAt(i));
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]! - 1;
      if (id < 0 || (this.hashes[id] === h && this.words[id] === word)) return { id, h, slot };
    }
  }

  /** Adds `word` (hash `h`) at the empty `slot`; keeps the table at most half full. */
  private insert(word: string, h: number, slot: number): number {
    const id = this.words.length;
    this.words.push(word);
    this.lists.push([]);
    if (id === this.hashes.length) {
      this.hashes = grow(this.hashes);
      this.lastPassage = grow(this.lastPassage);
    }
    this.hashes[id] = h;
    this.slots[slot] = id + 1;
    if (2 * (id + 1) > this.slots.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.words.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const next = new Int32Array(a.length * 2);
  next.set(a);
  return next;
}
