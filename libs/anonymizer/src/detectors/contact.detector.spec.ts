import { deidentify } from '../index.js';

const categories = (text: string): string[] =>
  deidentify(text).findings.map((f) => `${f.category}:${text.slice(f.start, f.end)}`);

describe('contact and network identifiers', () => {
  it('should replace a phone number with [PHONE]', () => {
    expect(deidentify('Call me at (641) 555-0142 tonight.').text).toBe('Call me at [PHONE] tonight.');
    expect(categories('cell 715.555.0108 or +1 907 555 0118')).toEqual([
      'PHONE:715.555.0108',
      'PHONE:+1 907 555 0118',
    ]);
  });

  it('should tell a fax number from a phone number by its cue', () => {
    expect(categories('Our referral fax is 701-555-0179; phone 701-555-0178.')).toEqual([
      'FAX:701-555-0179',
      'PHONE:701-555-0178',
    ]);
  });

  it('should replace a seven-digit local number only after a phone cue', () => {
    expect(deidentify('Call 555-0142 after 5.').text).toBe('Call [PHONE] after 5.');
    expect(deidentify('Range 120-1300 mg.').findings).toEqual([]);
    expect(categories('Her niece can be contacted on 950-1184.')).toEqual(['PHONE:950-1184']);
    expect(categories('please ring back on 231-1977')).toEqual(['PHONE:231-1977']);
    expect(categories('NOK (wife) 625-9424')).toEqual(['PHONE:625-9424']);
    expect(categories('(wife) said 120-1300 steps')).toEqual([]);
  });

  it('should replace an international number with [PHONE]', () => {
    expect(deidentify('Reach her at +46 (0)8 928 571 38 tonight.').text).toBe(
      'Reach her at [PHONE] tonight.',
    );
  });

  it('should replace an email address with [EMAIL]', () => {
    expect(deidentify('email me at r.tanaka@nwhemonc.org.').text).toBe('email me at [EMAIL].');
  });

  it('should replace a URL with [URL] and leave the sentence punctuation', () => {
    expect(deidentify('Photos: https://imgur.com/a/kP3vQ8x.').text).toBe('Photos: [URL].');
  });

  it('should replace IPv4 and IPv6 addresses with [IP_ADDRESS]', () => {
    expect(categories('from 73.145.22.19 and 2601:41c:8200:5e0::1a7')).toEqual([
      'IP_ADDRESS:73.145.22.19',
      'IP_ADDRESS:2601:41c:8200:5e0::1a7',
    ]);
  });

  it('should replace a social security number with [SSN]', () => {
    expect(deidentify('SSN 481-09-3372 on file').text).toBe('SSN [SSN] on file');
  });

  it('should keep times, versions, blood pressures and lab values that look numeric', () => {
    const text = 'At 10:30:00 BP 104/62, version 1.2.3, Hgb 12.1, plt 188K, QTc 448.';
    expect(deidentify(text).findings).toEqual([]);
  });

  it('should take a phone number spaced around its dashes, and a pager after "Page #"', () => {
    expect(deidentify('call 508 - 555 - 0142 after 5pm').text).toBe('call [PHONE] after 5pm');
    expect(deidentify('call her on 555 -0143').text).toBe('call her on [PHONE]');
    expect(deidentify('Page #58112 with results').text).toBe('Page #[PHONE] with results');
    expect(deidentify('see page 2 of 3, BP 120 - 130').findings).toEqual([]);
  });

  it('should take a seven-digit number after a callback, a call or a relative', () => {
    expect(deidentify('Emergency contact: victor, daughter, 861-2211.').text).toContain('daughter, [PHONE].');
    expect(deidentify('called pt at 448-8565, identity confirmed').text).toBe(
      'called pt at [PHONE], identity confirmed',
    );
    expect(deidentify('callback 978-3469.').text).toBe('callback [PHONE].');
    expect(deidentify('son had 3 days of 120-1300 counts').text).toBe('son had 3 days of 120-1300 counts');
  });
});
