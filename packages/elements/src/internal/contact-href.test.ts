import { expect } from '@open-wc/testing';
import { mailtoHref, telHref } from './contact-href.ts';

describe('telHref', () => {
  it('dials the number only: an extension is not dialled', () => {
    expect(telHref('01632 960001')).to.equal('tel:01632960001');
    expect(telHref('+44 (0)1632 960001')).to.equal('tel:+4401632960001');
    for (const phone of [
      '01632 960001 ext 12',
      '01632 960001 ext. 12',
      '01632 960001 x12',
      '01632 960001 Extension 12',
      '01632 960001 EXT12',
    ]) {
      expect(telHref(phone), phone).to.equal('tel:01632960001');
    }
  });

  it('gives no link without enough digits', () => {
    expect(telHref(undefined)).to.equal(undefined);
    expect(telHref('ext 12')).to.equal(undefined);
    expect(telHref('+')).to.equal(undefined);
  });
});

describe('mailtoHref', () => {
  it('links a plain address', () => {
    expect(mailtoHref('hello@example.org')).to.equal('mailto:hello@example.org');
  });

  it('never links an address carrying mailto: headers, fragments or escapes', () => {
    for (const email of [
      'hello@example.org?bcc=everyone@example.org',
      'hello@example.org?body=Send%20your%20bank%20details',
      'hello@example.org#x',
      'hello%40example.org@example.org',
      'mailto:hello@example.org',
      'a@b@example.org',
      'hello@example.org/../x',
      'hello @example.org',
    ]) {
      expect(mailtoHref(email), email).to.equal(undefined);
    }
  });
});
