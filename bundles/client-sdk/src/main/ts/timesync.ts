// Clock offset, round trip and jitter from ping/pong, defined as utils' TimeSync (Java): offset is the median offset
// of the half of the samples with the lowest round trip (least queueing); rtt the median; jitter the mean absolute
// deviation of round trips.
const median = (v: number[]): number => {
  const s = [...v].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export class TimeSync {
  private samples: Array<{ rtt: number; offset: number }> = [];

  constructor(private readonly window = 16) {}

  /** t0: client time sent; tServer: server time in the pong; t1: client time received. false for a clock jump. */
  add(t0: number, tServer: number, t1: number): boolean {
    if (t1 < t0) return false;
    const rtt = t1 - t0;
    this.samples.push({ rtt, offset: tServer - t0 - rtt / 2 });
    if (this.samples.length > this.window) this.samples.shift();
    return true;
  }

  get count(): number {
    return this.samples.length;
  }

  get offset(): number {
    if (!this.samples.length) return 0;
    const byRtt = [...this.samples].sort((a, b) => a.rtt - b.rtt);
    return Math.round(median(byRtt.slice(0, Math.ceil(byRtt.length / 2)).map((s) => s.offset)));
  }

  get rtt(): number {
    return this.samples.length ? Math.round(median(this.samples.map((s) => s.rtt))) : 0;
  }

  get jitter(): number {
    if (!this.samples.length) return 0;
    const mean = this.samples.reduce((a, s) => a + s.rtt, 0) / this.samples.length;
    return this.samples.reduce((a, s) => a + Math.abs(s.rtt - mean), 0) / this.samples.length;
  }

  serverTime(clientNow: number): number {
    return clientNow + this.offset;
  }
}
