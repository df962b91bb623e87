import webpush from 'web-push';
import { PushBrowser, verifyVapid } from './push-browser.js';

const ENDPOINT = 'https://push.example:8443/push/abc';

/** What the web-push library (the API's sender) makes of a payload for this browser. */
function sent(browser: PushBrowser, payload: string, vapid = webpush.generateVAPIDKeys()) {
  const request = webpush.generateRequestDetails({ endpoint: ENDPOINT, keys: browser.keys }, payload, {
    vapidDetails: { subject: 'mailto:notifications@curbside.test', ...vapid },
    TTL: 60,
  });
  return { body: request.body, headers: request.headers as Record<string, string>, vapid };
}

describe(PushBrowser.name, () => {
  it('should decrypt what the web-push library encrypted for it, byte for byte', () => {
    const browser = new PushBrowser();
    const payload = JSON.stringify({
      title: 'New reply',
      url: 'https://curbside.example/cases/1',
      kind: 'X',
    });
    const { body, headers } = sent(browser, payload);
    expect(headers['Content-Encoding']).toBe('aes128gcm');
    expect(browser.decrypt(body).toString()).toBe(payload);
    // and a long, non-ASCII payload too
    const long = 'é'.repeat(1500);
    expect(browser.decrypt(sent(browser, long).body).toString()).toBe(long);
  });

  it('should refuse a body sealed for another subscription or changed on the way', () => {
    const browser = new PushBrowser();
    const { body } = sent(browser, '{"title":"t"}');
    expect(() => new PushBrowser().decrypt(body)).toThrow();
    const flipped = Buffer.from(body);
    flipped[flipped.length - 20] ^= 1;
    expect(() => browser.decrypt(flipped)).toThrow();
    expect(() => browser.decrypt(body.subarray(0, 30))).toThrow();
  });

  it('should open its own test encryption, and refuse a last record without its delimiter', () => {
    const browser = new PushBrowser();
    expect(browser.decrypt(browser.encryptForTest(Buffer.from('hello'))).toString()).toBe('hello');
    // delimiter 1 says more records follow: wrong in the last one; 0 is padding with no delimiter
    expect(() => browser.decrypt(browser.encryptForTest(Buffer.from('hello'), 1))).toThrow(/padding/);
    expect(() => browser.decrypt(browser.encryptForTest(Buffer.from('hello'), 0))).toThrow(/padding/);
  });
});

describe(verifyVapid.name, () => {
  it("should verify the library's VAPID token for the endpoint's origin with its k= key", () => {
    const { headers, vapid } = sent(new PushBrowser(), 'x');
    const claims = verifyVapid(headers.Authorization, ENDPOINT);
    expect(claims).toMatchObject({
      aud: 'https://push.example:8443',
      sub: 'mailto:notifications@curbside.test',
      publicKey: vapid.publicKey,
    });
    expect(claims.exp * 1000).toBeGreaterThan(Date.now());
  });

  it('should refuse another audience, an expired token, a changed signature or a swapped key', () => {
    const { headers } = sent(new PushBrowser(), 'x');
    const auth = headers.Authorization;
    expect(() => verifyVapid(auth, 'https://other.example/push/abc')).toThrow(/audience/);
    expect(() => verifyVapid(auth, ENDPOINT, Date.now() + 25 * 3600 * 1000)).toThrow(/expired/);
    const [, token, key] = /^vapid t=(\S+), k=(\S+)$/.exec(auth)!;
    const [h, p, s] = token.split('.');
    const sig = Buffer.from(s, 'base64url');
    sig[5] ^= 1;
    expect(() => verifyVapid(`vapid t=${h}.${p}.${sig.toString('base64url')}, k=${key}`, ENDPOINT)).toThrow(
      /signature/,
    );
    const otherKey = webpush.generateVAPIDKeys().publicKey;
    expect(() => verifyVapid(`vapid t=${token}, k=${otherKey}`, ENDPOINT)).toThrow(/signature/);
    expect(() => verifyVapid(`Bearer ${token}`, ENDPOINT)).toThrow(/VAPID header/);
  });
});
