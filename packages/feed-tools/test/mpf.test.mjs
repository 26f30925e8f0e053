import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { parseCsv } from '../lib/csv.mjs';
import { readZip } from '../lib/zip.mjs';

const MPF = fileURLToPath(new URL('../bin/mpf.mjs', import.meta.url));
const ORUK = fileURLToPath(new URL('../../../test/fixtures/oruk/', import.meta.url));
const TEMPLATE = fileURLToPath(new URL('./fixtures/template.csv', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'mpf-test-'));

function mpf(...args) {
  const run = spawnSync(process.execPath, [MPF, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test('--help prints usage and exits 0; no command exits 2', () => {
  const help = mpf('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /mpf convert <input> --to feed/);
  assert.equal(mpf().code, 2);
});

test('usage errors exit 2 and say what is wrong', () => {
  const wrong = mpf('convert', join(ORUK, 'oruk-3.0_service_full.json.txt'), '--to', 'xml');
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /convert needs --to feed/);
  const missing = mpf('validate', join(work, 'nope.json'));
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read/);
  assert.equal(mpf('frobnicate', 'x').code, 2);
});

test('convert: an Outpost page (BOM, content envelope) becomes a valid feed', () => {
  const out = join(work, 'outpost.json');
  const run = mpf(
    'convert',
    join(ORUK, 'outpost_bucks_services_page2_trimmed.json.txt'),
    '--to',
    'feed',
    '--out',
    out,
    '--publisher',
    'Example Council (fictional)',
  );
  assert.equal(run.code, 0, run.stderr);
  const feed = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(feed.format, 'micro-provider-feed/1');
  assert.equal(feed.publisher.name, 'Example Council (fictional)');
  assert.equal(feed.providers.length, 28);
  assert.match(run.stderr, /feed: field paging: paging: this is page 2 of 118/);
  assert.match(run.stderr, /unmapped: .*created_at \(28\)/);
  const validate = mpf('validate', out);
  assert.equal(validate.code, 0, validate.stderr);
  assert.match(validate.stderr, /28 providers valid, 0 problems/);
});

test('convert: skipped records are named by record, id, field and reason, and exit 1', () => {
  const run = mpf('convert', join(ORUK, 'invalid_oruk-3.0_service_list_fail.json.txt'), '--to', 'feed');
  assert.equal(run.code, 1);
  assert.match(run.stderr, /record 0 \(id "[^"]+"\): skipped name: name: missing, record skipped/);
  assert.equal(JSON.parse(run.stdout).providers.length, 0);
});

test('convert: an HSDS CSV datapackage folder', () => {
  const run = mpf('convert', join(ORUK, 'hsds-datapackage'), '--to', 'feed');
  assert.equal(run.code, 1, 'svc-3 (no name) and svc-4 (defunct) are skipped');
  const feed = JSON.parse(run.stdout);
  assert.deepEqual(
    feed.providers.map((p) => p.id),
    ['svc-1', 'svc-2'],
  );
  const lunch = feed.providers[0];
  assert.deepEqual(lunch.support, ['lunch-clubs', 'meals']);
  assert.deepEqual(lunch.location, { postcode: 'TA1 1AA', lat: 51.015, lng: -3.1, address: '1 Example Street', town: 'Taunton' });
  assert.equal(lunch.description, 'Hot lunch & a chat,\nevery Tuesday.');
  assert.deepEqual(lunch.hours, [{ day: 'tue', opens: '12:00', closes: '14:00' }]);
  assert.equal(lunch.contact.phone, '01632 960100');
  assert.equal(lunch.contact.website, 'https://example.org/lunch');
  assert.equal(lunch.cost.text, '£4 a meal');
  assert.deepEqual(lunch.whoFor, ['older-people']);
  assert.match(run.stderr, /record 3 \(id "svc-4"\): skipped status: status: "defunct"/);
});

test('convert: the same datapackage as a zip', () => {
  const folder = join(ORUK, 'hsds-datapackage');
  const zip = join(work, 'package.zip');
  writeFileSync(zip, makeZip(readdirSync(folder).map((name) => [`package/${name}`, readFileSync(join(folder, name))])));
  const run = mpf('convert', zip, '--to', 'feed');
  assert.deepEqual(
    JSON.parse(run.stdout).providers.map((p) => p.id),
    ['svc-1', 'svc-2'],
  );
});

test('convert: an HSDS 3.x datapackage (addresses, service_at_locations, schedules, taxonomy_terms, attributes)', () => {
  const folder = mkdtempSync(join(work, 'hsds3-'));
  const files = {
    'services.csv':
      'id,organization_id,name,status,minimum_age\ns1,o1,Example Day Centre (fictional),active,65\ns2,o1,Example Paused Club (fictional),temporarily closed,\n',
    'organizations.csv': 'id,name,url\no1,Example Charity (fictional),example.org\n',
    'locations.csv': 'id,name,latitude,longitude\nl1,Example Hall,51.13,-3.0\n',
    'addresses.csv': 'id,location_id,address_1,city,postal_code,address_type\na1,l1,2 Example Road,Bridgwater,TA6 3AB,physical\n',
    'service_at_locations.csv': 'id,service_id,location_id\nsal1,s1,l1\n',
    'schedules.csv':
      'id,service_id,freq,byday,opens_at,closes_at,description\nsc1,s1,WEEKLY,"MO,WE",10:00:00,15:00:00,Closed on bank holidays\n',
    'taxonomy_terms.csv': 'id,name\nt1,Day centres\nt2,Things to do\n',
    'attributes.csv': 'id,link_id,link_type,taxonomy_term_id\nat1,s1,service,t1\nat2,s2,service,t2\n',
    'contacts.csv': 'id,service_id,name,email\nc1,s1,Example Person,centre@example.org\n',
    'phones.csv': 'id,contact_id,number\np1,c1,01632 960300\n',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  const run = mpf('convert', folder, '--to', 'feed');
  assert.equal(run.code, 0, run.stderr);
  const [centre, paused] = JSON.parse(run.stdout).providers;
  assert.deepEqual(centre.support, ['day-activities']);
  assert.deepEqual(centre.whoFor, ['older-people']);
  assert.deepEqual(centre.location, { postcode: 'TA6 3AB', lat: 51.13, lng: -3, address: '2 Example Road', town: 'Bridgwater' });
  assert.deepEqual(centre.hours, [
    { day: 'mon', opens: '10:00', closes: '15:00' },
    { day: 'wed', opens: '10:00', closes: '15:00' },
  ]);
  assert.equal(centre.hoursText, 'Closed on bank holidays');
  assert.deepEqual(centre.contact, {
    name: 'Example Person',
    phone: '01632 960300',
    email: 'centre@example.org',
    website: 'https://example.org/',
  });
  assert.equal(paused.status, 'temporarily-closed');
  assert.equal(paused.takingNewClients, false);
});

test('convert: our CSV template', () => {
  const run = mpf('convert', TEMPLATE, '--to', 'feed', '--publisher', 'Example Council (fictional)');
  assert.equal(run.code, 1, 't3 has no support type');
  const feed = JSON.parse(run.stdout);
  assert.deepEqual(
    feed.providers.map((p) => p.id),
    ['t1', 't2'],
  );
  // A home-based provider keeps its district and town only: the full postcode is dropped at parse time.
  assert.deepEqual(feed.providers[0].location, { postcode: 'TA1', town: 'Taunton', private: true });
  assert.deepEqual(feed.providers[0].cost, { fromGBP: 15, per: 'hour' });
  assert.equal(feed.providers[0].takingNewClients, true);
  assert.match(run.stderr, /record 2 \(id "t3"\): skipped support/);
});

test('export --to oruk3: services that read back to the same providers; private addresses stay private', () => {
  const feedFile = join(work, 'template-feed.json');
  writeFileSync(feedFile, mpf('convert', TEMPLATE, '--to', 'feed').stdout);
  const run = mpf('export', feedFile, '--to', 'oruk3');
  assert.equal(run.code, 0, run.stderr);
  const list = JSON.parse(run.stdout);
  assert.equal(list.total_items, 2);
  const home = list.contents[0];
  assert.equal(home.status, 'active');
  assert.deepEqual(home.service_at_locations[0].location.addresses[0].postal_code, 'TA1');
  assert.equal(home.service_at_locations[0].location.latitude, undefined);
  const back = join(work, 'oruk3.json');
  writeFileSync(back, run.stdout);
  const again = JSON.parse(mpf('convert', back, '--to', 'feed').stdout);
  assert.deepEqual(
    again.providers.map((p) => p.id),
    ['t1', 't2'],
  );
  assert.deepEqual(again.providers[0].support, ['home-help', 'shopping']);
  assert.deepEqual(again.providers[0].tags, ['knitting']);
});

test('csv: quoted fields with commas, quotes and line breaks', () => {
  assert.deepEqual(parseCsv('a,b\r\n"x, ""y""","1\n2"\n'), [
    ['a', 'b'],
    ['x, "y"', '1\n2'],
  ]);
});

test('zip: reads stored and deflated entries; refuses non-zips', () => {
  const files = readZip(
    makeZip([
      ['a.txt', Buffer.from('hello')],
      ['b.txt', Buffer.from('world'.repeat(50))],
    ]),
  );
  assert.equal(files.get('a.txt').toString(), 'hello');
  assert.equal(files.get('b.txt').toString(), 'world'.repeat(50));
  assert.throws(() => readZip(Buffer.from('not a zip at all, not even close to one')), /not a zip/);
});

/** A minimal zip writer for tests (deflate; CRC left 0, which readZip does not check). */
function makeZip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBuf = Buffer.from(name);
    const body = deflateRawSync(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, body);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + body.length;
  }
  const centralDir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralDir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, centralDir, end]);
}
