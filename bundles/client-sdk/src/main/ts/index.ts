// @universo-platformo/client-sdk: the room protocol (binary and JSON), time sync, and the client runtime pieces
// (prediction with reconciliation, interpolation, origin rebasing) that published apps use.
export * from './generated/protocol';
export { RoomClient, type JoinOptions, type Welcome } from './room';
export { RestClient, ApiError, type RestOptions, type Session, type CallArgs } from './rest';
export type { Operations, Schemas } from './generated/rest-types';
export { type ITransport, type TransportEvents, type TransportFactory, webSocketTransport } from './transport';
export { TimeSync } from './timesync';
export { States, type World } from './states';
export { ServerFrames, writeIntent, writePing, type NetEntity } from './binary';
export { Out, In, MalformedFrame } from './bytes';
export * as quant from './quant';
export * as ship from './runtime/shipModel';
export { Predictor, type PredictionOptions } from './runtime/prediction';
export { Interpolator, type InterpolationOptions, lerp, slerp } from './runtime/interpolation';
export { OriginRebaser } from './runtime/rebase';
