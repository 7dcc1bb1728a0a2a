// How a room client reaches a room. WebSocketTransport is the browser's (or Node 22's) WebSocket.
export interface TransportEvents {
  binary(frame: Uint8Array): void;
  text(frame: string): void;
  closed(code: number, reason: string): void;
}

export interface ITransport {
  send(frame: Uint8Array | string): void;
  close(code?: number, reason?: string): void;
}

export type TransportFactory = (url: string, events: TransportEvents) => Promise<ITransport>;

export const webSocketTransport: TransportFactory = (url, events) =>
  new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.binaryType = 'arraybuffer';
    let open = false;
    ws.onopen = () => {
      open = true;
      resolve({
        send: (frame) => ws.send(frame),
        close: (code = 1000, reason = 'bye') => ws.close(code, reason),
      });
    };
    ws.onmessage = (m) => {
      if (typeof m.data === 'string') events.text(m.data);
      else events.binary(new Uint8Array(m.data as ArrayBuffer));
    };
    ws.onclose = (c) => {
      if (!open) reject(new Error(`could not connect (${c.code})`));
      events.closed(c.code, c.reason);
    };
  });
