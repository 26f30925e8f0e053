/**
 * Table-driven tests of the Open Referral field mapping: one table per field, each row a
 * shape seen in real council data (REAL-SHAPES.md) with fictional values.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../parse.ts';
import { ProviderSpec } from '../schema.ts';
import { convertService } from './service.ts';
import type { Json } from './json.ts';

const base = { id: 's1', name: 'Example Lunch Club (fictional)', status: 'active' };

/** Converts one service through parseFeed (mapping + validation) and returns the provider or undefined. */
function read(service: Json) {
  const feed = parseFeed({ contents: [{ ...base, ...service }], total_items: 1, total_pages: 1, page_number: 1, size: 1 });
  return { provider: feed.providers[0], problems: feed.problems };
}

type Row = [label: string, service: Json, expected: unknown];

function table(field: string, rows: Row[], pick: (p: NonNullable<ReturnType<typeof read>['provider']>) => unknown) {
  describe(`Open Referral field: ${field}`, () => {
    for (const [label, service, expected] of rows) {
      it(label, () => {
        const { provider } = read(service);
        expect(provider, 'provider kept').to.not.equal(undefined);
        expect(pick(provider!)).to.deep.equal(expected);
      });
    }
  });
}

table(
  'location',
  [
    [
      'location.latitude/longitude with a physical address',
      {
        service_at_locations: [
          {
            location: {
              latitude: 51.01,
              longitude: -3.1,
              addresses: [{ address_1: '1 High St', city: 'Taunton', postal_code: 'ta1 1aa', address_type: 'physical' }],
            },
          },
        ],
      },
      { lat: 51.01, lng: -3.1, address: '1 High St', town: 'Taunton', postcode: 'TA1 1AA' },
    ],
    [
      'physical_addresses[] (HSDS 1/2 names)',
      { locations: [{ physical_addresses: [{ postal_code: 'BS1 4DJ', city: 'Bristol' }] }] },
      { postcode: 'BS1 4DJ', town: 'Bristol' },
    ],
    [
      'Outpost: postcode on the location, GeoJSON [lng, lat], no space in the postcode',
      {
        locations: [
          {
            postal_code: 'HP157PY',
            city: 'Hazlemere',
            address_1: ' 2 Example Road',
            geometry: { type: 'Point', coordinates: [-0.71, 51.65] },
          },
        ],
      },
      { lat: 51.65, lng: -0.71, postcode: 'HP15 7PY', town: 'Hazlemere', address: '2 Example Road' },
    ],
    [
      'Outpost masked address: private, district only, no street',
      {
        locations: [
          { address_1: null, postal_code: 'HP7', city: 'Amersham', mask_exact_address: true, geometry: { coordinates: [-0.6, 51.67] } },
        ],
      },
      // exact coordinates of a masked (home) address are dropped at parse time, like the street
      { postcode: 'HP7', town: 'Amersham', private: true },
    ],
    [
      '[0, 0] placeholder coordinates dropped, postcode kept',
      { locations: [{ postal_code: 'HP21 7JF', geometry: { coordinates: [0, 0] } }] },
      { postcode: 'HP21 7JF' },
    ],
    [
      'a postal address is used only when there is no physical one',
      {
        locations: [
          {
            addresses: [
              { address_type: 'postal', postal_code: 'TA2 7AA' },
              { address_type: 'physical', postal_code: 'TA1 1AA' },
            ],
          },
        ],
      },
      { postcode: 'TA1 1AA' },
    ],
    [
      'a service_at_location item (HSDS 3.1) gives its location',
      { location: { latitude: 52.2, longitude: 0.12 } },
      { lat: 52.2, lng: 0.12 },
    ],
  ],
  (p) => p.location,
);

table(
  'areas',
  [
    [
      'service_areas[].name: a council name is kept as an area',
      { service_areas: [{ name: 'South Gloucestershire' }] },
      ['South Gloucestershire'],
    ],
    ['legacy service_areas[].service_area', { service_areas: [{ service_area: 'Bristol' }] }, ['Bristol']],
    [
      'a sentence is not an area, but postcode districts it lists are',
      {
        service_areas: [
          { name: 'Available to all residents of the MyCity area with evidence of residency, any postcode starting with AB1, AB2 or AB3' },
        ],
      },
      ['AB1', 'AB2', 'AB3'],
    ],
    ['other venues add their postcode districts', { locations: [{ postal_code: 'TA1 1AA' }, { postal_code: 'TA6 3AB' }] }, ['TA6']],
  ],
  (p) => p.areas,
);

describe('Open Referral field: service area extent', () => {
  it('a GeoJSON extent gives a point and a radius when there is no venue', () => {
    const polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-3.2, 51.0],
          [-3.0, 51.0],
          [-3.0, 51.1],
          [-3.2, 51.1],
          [-3.2, 51.0],
        ],
      ],
    };
    const { provider } = read({ service_areas: [{ name: 'Taunton', extent: JSON.stringify(polygon), extent_type: 'geojson' }] });
    expect(provider!.location).to.deep.equal({ lat: 51.05, lng: -3.1 });
    expect(provider!.radiusMiles).to.be.within(4, 6);
  });
  it('the placeholder extent "extent" is ignored', () => {
    const { provider } = read({ service_areas: [{ name: 'Taunton', extent: 'extent', extent_type: 'geojson' }] });
    expect(provider!.location).to.equal(undefined);
  });
});

table(
  'contact',
  [
    [
      'contacts[].phones[].number (ORUK 3.0)',
      { contacts: [{ name: 'Ann Example', phones: [{ number: '01632 960001' }] }] },
      { name: 'Ann Example', phone: '01632 960001' },
    ],
    ['phones[] with literal quote marks', { phones: [{ number: '"+44 1632 960002"' }] }, { phone: '+44 1632 960002' }],
    [
      'Outpost contacts[].phone/email strings, trailing punctuation, empty strings',
      {
        contacts: [
          { name: '', email: '', phone: '' },
          { email: 'hello@example.org', phone: ' 01632 960003.' },
        ],
      },
      { phone: '01632 960003', email: 'hello@example.org' },
    ],
    [
      'organization.email/url when the service has none; a bare domain becomes https',
      { organization: { email: 'org@example.org', url: 'example.org' } },
      { email: 'org@example.org', website: 'https://example.org/' },
    ],
    [
      'Outpost organisation (British spelling), www. domain',
      { url: '', organisation: { url: 'www.example.org/club' } },
      { website: 'https://www.example.org/club' },
    ],
    ['an extension survives', { contacts: [{ phone: '0203 289 6420 Ext 303' }] }, { phone: '0203 289 6420 Ext 303' }],
  ],
  (p) => p.contact,
);

describe('Open Referral field: contact problems', () => {
  it('empty strings are absent values, not problems', () => {
    const { problems } = read({ url: '', email: '', contacts: [{ email: '', phone: '', name: '' }] });
    expect(problems.filter((p) => p.index === 0)).to.deep.equal([]);
  });
  it('a javascript: link is dropped and reported', () => {
    const { provider, problems } = read({ url: 'javascript:alert(1)' });
    expect(provider!.contact).to.equal(undefined);
    expect(problems.some((p) => p.path === 'contact.website')).to.equal(true);
  });
});

table(
  'hours',
  [
    [
      'schedules[] byday + HH:MM:SS',
      { schedules: [{ freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:30:00', closes_at: '12:00:00' }] },
      [
        { day: 'mon', opens: '09:30', closes: '12:00' },
        { day: 'wed', opens: '09:30', closes: '12:00' },
      ],
    ],
    [
      'regular_schedules[] weekday names',
      { regular_schedules: [{ weekday: 'Tuesday', opens_at: '10:00', closes_at: '14:00' }] },
      [{ day: 'tue', opens: '10:00', closes: '14:00' }],
    ],
    [
      'regular_schedules[] weekday numbers (ISO: 1 = Monday, 7 = Sunday)',
      {
        regular_schedules: [
          { weekday: 1, opens_at: '9:00', closes_at: '17:00' },
          { weekday: '7', opens_at: '10:00', closes_at: '12:00' },
        ],
      },
      [
        { day: 'mon', opens: '09:00', closes: '17:00' },
        { day: 'sun', opens: '10:00', closes: '12:00' },
      ],
    ],
    [
      '"00:00"-"00:00" says nothing and is left out',
      { regular_schedules: [{ weekday: 'Monday', opens_at: '00:00', closes_at: '00:00' }] },
      undefined,
    ],
    [
      'monthly schedules are not weekly hours',
      { schedules: [{ freq: 'MONTHLY', byday: '1MO', opens_at: '10:00', closes_at: '12:00' }] },
      undefined,
    ],
    [
      'venue schedules when the service has none',
      {
        service_at_locations: [
          { location: { postal_code: 'TA1 1AA', schedules: [{ byday: 'FR', opens_at: '10:00', closes_at: '11:00' }] } },
        ],
      },
      [{ day: 'fri', opens: '10:00', closes: '11:00' }],
    ],
  ],
  (p) => p.hours,
);

table(
  'hoursText',
  [
    [
      'schedule description',
      { schedules: [{ description: 'First Tuesday of the month, 2pm to 4pm' }] },
      'First Tuesday of the month, 2pm to 4pm',
    ],
    ['HTML in a schedule description', { schedules: [{ description: '<p>Term time&nbsp;only</p>' }] }, 'Term time only'],
  ],
  (p) => p.hoursText,
);

table(
  'whoFor',
  [
    [
      'Outpost suitabilities[]',
      {
        suitabilities: [
          { name: 'Older people', slug: 'older-people' },
          { name: 'Dementia', slug: 'dementia' },
        ],
      },
      ['older-people', 'dementia'],
    ],
    ['Placecube pc_targetAudience, trailing spaces', { pc_targetAudience: ['Carers ', ' Dementia'] }, ['carers', 'dementia']],
    [
      'eligibility_description words',
      { eligibility_description: '<p>For people living with dementia and their carers</p>' },
      ['dementia', 'carers'],
    ],
    ['minimum_age 60', { minimum_age: 60 }, ['older-people']],
    ['an Outpost taxonomy "For older people"', { taxonomies: [{ name: 'For older people', slug: 'for-older-people' }] }, ['older-people']],
  ],
  (p) => p.whoFor,
);

table(
  'whoForText',
  [
    [
      'eligibility description as plain text',
      { eligibility_description: '<p>Residents of the borough&nbsp;only</p>' },
      'Residents of the borough only',
    ],
    ['unmapped audience terms kept', { pc_targetAudience: ['Families', 'Veterans '] }, 'Families, Veterans'],
    ['ages', { min_age: 18, max_age: 65 }, 'Ages 18 to 65'],
    ['age 104 is not an upper limit', { min_age: 50, max_age: 104 }, 'Ages 50 and over'],
  ],
  (p) => p.whoForText,
);

table(
  'delivery',
  [
    ['ORUK 1.0 attending_type "Home visit"', { attending_type: 'Home visit' }, ['home-visit']],
    ['attending_type "Venue"', { attending_type: 'venue' }, ['venue']],
    ['attending_type phone / online', { attending_type: 'Phone' }, ['phone']],
    ['schedule attending_type in words', { schedules: [{ attending_type: 'You can attend in-person or online' }] }, ['venue', 'online']],
    ['a virtual location means online', { service_at_locations: [{ location: { location_type: 'virtual', name: 'Zoom' } }] }, ['online']],
  ],
  (p) => p.delivery,
);

table(
  'cost',
  [
    [
      'amount as a number, amount_description per',
      { cost_options: [{ amount: 35, currency: 'GBP', amount_description: 'per session', option: 'Adults' }] },
      { fromGBP: 35, per: 'session', text: 'Adults: £35 per session' },
    ],
    [
      'Outpost amount as a string, cost_type, option with a trailing space',
      { cost_options: [{ option: 'Fee ', amount: '44.00', cost_type: 'per hour' }] },
      { fromGBP: 44, per: 'hour', text: 'Fee: £44 per hour' },
    ],
    [
      'the lowest of several options, every option in the text',
      {
        cost_options: [
          { amount: '9.00', cost_type: 'per hour' },
          { amount: '5.50', cost_type: 'per day', option: 'under 2s' },
        ],
      },
      { fromGBP: 5.5, per: 'day', text: '£9 per hour; under 2s: £5.50 per day' },
    ],
    ['amount 0 is free', { cost_options: [{ amount: 0 }] }, { free: true, text: 'Free' }],
    ['fees text kept as cost text', { fees: '<p>&pound;3 a session, carers free</p>' }, { text: '£3 a session, carers free' }],
    ['Outpost free: true', { free: true }, { free: true }],
    ['a non-GBP amount stays text only', { cost_options: [{ amount: 10, currency: 'EUR' }] }, { text: '10 EUR' }],
  ],
  (p) => p.cost,
);

describe('Open Referral field: cost problems', () => {
  it('a non-GBP currency is reported', () => {
    const { problems } = read({ cost_options: [{ amount: 10, currency: 'usd' }] });
    expect(problems.some((p) => p.path === 'cost_options[0].currency' && /USD/.test(p.message))).to.equal(true);
  });
});

table(
  'quality.lastChecked',
  [
    ['assured_date', { assured_date: '2024-05-01' }, '2024-05-01'],
    ['last_assured date-time', { last_assured: '2024-06-02T10:00:00Z' }, '2024-06-02'],
    ['Placecube pc_metadata.date_assured', { pc_metadata: { date_assured: '2024-07-03' } }, '2024-07-03'],
  ],
  (p) => p.quality?.lastChecked,
);

table(
  'accreditations',
  [
    ['a string', { accreditations: 'Quality Mark; Investors in Volunteers' }, ['Quality Mark', 'Investors in Volunteers']],
    ['a list', { accreditations: ['Dementia Friendly', { name: 'Living Wage employer' }] }, ['Dementia Friendly', 'Living Wage employer']],
  ],
  (p) => p.accreditations,
);

table(
  'status',
  [
    ['active is open (no status field)', { status: 'active' }, [undefined, undefined]],
    ['inactive is closed and never taking new clients', { status: 'inactive' }, ['closed', false]],
    ['temporarily closed', { status: 'temporarily closed' }, ['temporarily-closed', false]],
    ['no status (older Outpost)', { status: undefined }, [undefined, undefined]],
  ],
  (p) => [p.status, p.takingNewClients],
);

describe('Open Referral field: defunct', () => {
  it('a defunct service is skipped and reported', () => {
    const { provider, problems } = read({ status: 'defunct' });
    expect(provider).to.equal(undefined);
    expect(problems).to.deep.include({
      index: 0,
      id: 's1',
      path: 'status',
      message: 'status: "defunct" (the service has ended), record skipped',
      severity: 'record',
    });
  });
});

table(
  'support and tags (taxonomy)',
  [
    [
      'Outpost names',
      { taxonomies: [{ name: 'Befriending' }, { name: 'Lunch clubs' }] },
      [['befriending', 'lunch-clubs', 'meals'], undefined],
    ],
    [
      'Outpost slugs',
      { taxonomies: [{ slug: 'health-and-wellbeing' }, { slug: 'staying-active' }] },
      [['health-wellbeing', 'activities-clubs'], undefined],
    ],
    [
      'attributes[].taxonomy_term (HSDS 3) and an unmapped term kept as a tag',
      { attributes: [{ taxonomy_term: { name: 'Day centres' } }, { taxonomy_term: { name: 'Knitting circle' } }] },
      [['day-activities'], ['Knitting circle']],
    ],
    [
      'ORUK 1.0 service_taxonomys[].taxonomy',
      { service_taxonomys: [{ taxonomy: { name: 'Carers', vocabulary: 'esd' } }] },
      [['carers-support'], undefined],
    ],
    ['no term: "other"', {}, [['other'], undefined]],
  ],
  (p) => [p.support, p.tags],
);

table(
  'text (HTML to plain text)',
  [
    [
      'paragraphs, entities and lists',
      { description: '<h1>About</h1><p>Tea &amp; chat</p><ul><li>Mondays</li><li>Fridays</li></ul>' },
      'About\n\nTea & chat\n\nMondays\nFridays',
    ],
    ['Outpost \\r\\n line breaks', { description: 'Line one \r\nLine two \r\n ' }, 'Line one\nLine two'],
    ['a script is dropped with its content', { description: 'Hello<script>alert(1)</script> there' }, 'Hello there'],
    ['escaped markup stays text', { description: '&lt;b&gt;not bold&lt;/b&gt;' }, '<b>not bold</b>'],
  ],
  (p) => p.description,
);

table(
  'languages and dates',
  [
    [
      'languages[] code or name',
      { languages: [{ code: 'cy' }, { name: 'English' }], last_modified: '2023-03-15T10:00:00Z' },
      [['cy', 'en'], '2023-03-15'],
    ],
    ['Outpost updated_at', { updated_at: '2021-01-13T12:48:54.730Z' }, [undefined, '2021-01-13']],
  ],
  (p) => [p.languages, p.updated],
);

describe('convertService', () => {
  it('keeps numeric ids as text', () => {
    expect(convertService({ id: 6378, name: 'x' }, {}, { notes: [], noSupport: false })?.id).to.equal('6378');
  });

  it("makes records with their keys in ProviderSpec's order (the parser's in-place check walks them without look-ups)", () => {
    const record = convertService(
      {
        ...base,
        status: 'inactive',
        description: '<p>About</p>',
        eligibility_description: 'Older people',
        taxonomies: [{ name: 'Befriending' }, { name: 'Dementia' }, { name: 'Knitting' }],
        attending_type: 'Home visit',
        locations: [{ postal_code: 'TA1 1AA', latitude: 51, longitude: -3 }],
        service_areas: [{ name: 'Taunton' }, { extent: { coordinates: [[-3, 51]] } }],
        cost_options: [{ amount: 2 }],
        email: 'a@example.org',
        schedules: [{ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '12:00', description: 'Mornings' }],
        languages: ['English'],
        assured_date: '2024-01-01',
        last_modified: '2024-02-01',
        accreditations: 'DBS checked',
      },
      {},
      { notes: [], noSupport: false },
    );
    const schemaOrder = Object.keys(ProviderSpec.def.shape);
    const keys = Object.keys(record!);
    expect(keys.length).to.be.above(15);
    expect(keys).to.deep.equal(schemaOrder.filter((key) => keys.includes(key)));
  });
});

describe('hostile Open Referral input stays cheap', () => {
  it('a service with huge lists and text converts quickly and within the caps', () => {
    const huge = {
      ...base,
      description: '<p>'.repeat(200_000),
      taxonomies: Array.from({ length: 100_000 }, (_, i) => ({ name: `Term ${i}` })),
      phones: Array.from({ length: 100_000 }, () => ({ number: 'not a number' })),
      service_areas: [{ name: 'x', description: `postcodes ${'AB1 '.repeat(100_000)}` }],
    };
    const started = performance.now();
    const { provider } = read(huge);
    expect(performance.now() - started).to.be.below(2_000);
    expect(provider!.tags!.length).to.be.at.most(500);
    expect(provider!.areas!.length).to.be.at.most(201);
  });
});
