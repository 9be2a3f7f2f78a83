/// <reference lib="webworker" />
/**
 * Search worker: the engine host (`host.ts`) behind postMessage. It loads the index once, then
 * answers queries; stale keystrokes are dropped per channel.
 */
import { createEngineHost } from './host';
import type { WorkerRequest, WorkerResponse } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const host = createEngineHost((msg: WorkerResponse) => self.postMessage(msg));

self.onmessage = (ev: MessageEvent<WorkerRequest>) => host.post(ev.data);
