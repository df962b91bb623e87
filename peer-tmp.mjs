import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { SyncRedactor } = require('redact-pii');
const r = new SyncRedactor({ builtInRedactors: { names: { replaceWith: '\uE000a\uE001' }, phoneNumber: { replaceWith: '\uE000c\uE001' } } });
console.log(JSON.stringify(r.redact('Hi David Johnson, call 641-555-0142 at 5 pm.')));
const r2 = new SyncRedactor();
console.log(r2.redact('Hi David Johnson, call 641-555-0142 at 5 pm.'));
const { RedactPiiPeer } = await import('./dist/libs/anonymizer/src/eval/redact-pii-peer.js');
const p = new RedactPiiPeer(); console.log(p.predict('Hi David Johnson, call 641-555-0142 at 5 pm.'));
