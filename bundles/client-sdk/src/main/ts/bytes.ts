// Byte-level primitives of the binary form (LEB128 varints, zigzag, length-prefixed UTF-8), as the Java Out/In.
export class MalformedFrame extends Error {}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export class Out {
  private buf = new Uint8Array(256);
  size = 0;

  u8(b: number): void {
    if (this.size === this.buf.length) {
      const grown = new Uint8Array(this.buf.length * 2);
      grown.set(this.buf);
      this.buf = grown;
    }
    this.buf[this.size++] = b & 0xff;
  }

  /** Unsigned varint of a non-negative safe integer (up to 2^53). */
  varint(v: number): void {
    while (v >= 0x80) {
      this.u8((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.u8(v);
  }

  text(s: string | null): void {
    if (s === null) {
      this.varint(0);
      return;
    }
    const b = encoder.encode(s);
    this.varint(b.length + 1);
    b.forEach((x) => this.u8(x));
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.size);
  }
}

export class In {
  private pos = 0;
  constructor(private readonly b: Uint8Array) {}

  more(): boolean {
    return this.pos < this.b.length;
  }

  u8(): number {
    if (this.pos >= this.b.length) throw new MalformedFrame('frame ends too early');
    return this.b[this.pos++];
  }

  u16(): number {
    return (this.u8() << 8) | this.u8();
  }

  varint(): number {
    let v = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      const x = this.u8();
      v += (x & 0x7f) * scale;
      if ((x & 0x80) === 0) return v;
      scale *= 0x80;
    }
    throw new MalformedFrame('varint too long');
  }

  /** A zigzag varint holding a 32-bit signed value. */
  int32(): number {
    const z = this.varint();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }

  count(max: number): number {
    const n = this.varint();
    if (n > max) throw new MalformedFrame(`count ${n} above ${max}`);
    return n;
  }

  text(maxBytes: number): string | null {
    const n = this.varint();
    if (n === 0) return null;
    if (n - 1 > maxBytes || this.pos + n - 1 > this.b.length) throw new MalformedFrame('text does not fit');
    const s = decoder.decode(this.b.subarray(this.pos, this.pos + n - 1));
    this.pos += n - 1;
    return s;
  }
}

const WIDTHS = [4, 8, 12, 16];

/** Bit-packed integers of delta updates: prefix code 0+4, 10+8, 110+12, 1110+16, 1111+32 bits. */
export class BitReader {
  private current = 0;
  private left = 0;
  constructor(private readonly input: In) {}

  bits(count: number): number {
    let v = 0;
    for (let i = 0; i < count; i++) {
      if (this.left === 0) {
        this.current = this.input.u8();
        this.left = 8;
      }
      this.left--;
      v = v * 2 + ((this.current >>> this.left) & 1);
    }
    return v;
  }

  unsigned(): number {
    let k = 0;
    while (k < 4 && this.bits(1) === 1) k++;
    return this.bits(k < 4 ? WIDTHS[k] : 32);
  }

  signed(): number {
    const z = this.unsigned();
    return z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  }
}
