/** Parses and validates the data files off the main thread (zod lives here, not in the entry chunk). */
import { createValidator } from './validateCore';
import type { ValidateRequest } from './validateProtocol';

const handle = createValidator((message) => (self as unknown as Worker).postMessage(message));
self.onmessage = (event: MessageEvent<ValidateRequest>) => handle(event.data);
