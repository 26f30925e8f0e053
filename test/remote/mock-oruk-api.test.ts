/**
 * The msw ORUK 3.0 API that the remote-mode tests search (test/fixtures/oruk/mock-oruk-api.ts)
 * answers as the UK profile says: every page's `contents[]` items match
 * schemas/oruk-3.0-uk/service_list.json (required keys, JSON types, `status` values), and the page
 * keys keep the paging rules the profile's validator checks (tpximpact/OpenReferralApi: page
 * within total_pages, first_page and last_page true on the first and last page, empty and size
 * matching contents).
 */
import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import serviceList from '../fixtures/oruk/schemas/oruk-3.0-uk/service_list.json';
import { mockOrukApi, mockServices } from '../fixtures/oruk/mock-oruk-api.ts';

interface Schema {
  type?: string;
  required?: string[];
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
}

const API = 'https://council.example/api';
const worker = setupWorker(...mockOrukApi(API, mockServices(60)));

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** Where `value` breaks `schema` (type, required, enum; recursing into properties and items). */
function problems(value: unknown, schema: Schema, path = '$'): string[] {
  const out: string[] = [];
  const type = jsonType(value);
  if (schema.type && !(schema.type === type || (schema.type === 'number' && type === 'integer'))) {
    return [`${path}: ${type}, schema says ${schema.type}`];
  }
  if (schema.enum && !schema.enum.includes(value))
    out.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (type === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in record)) out.push(`${path}.${key}: required, missing`);
    for (const [key, inner] of Object.entries(schema.properties ?? {})) {
      if (record[key] !== undefined) out.push(...problems(record[key], inner, `${path}.${key}`));
    }
  }
  if (type === 'array' && schema.items)
    (value as unknown[]).forEach((item, i) => out.push(...problems(item, schema.items!, `${path}[${i}]`)));
  return out;
}

async function page(query: string) {
  const response = await fetch(`${API}/services?${query}`);
  expect(response.headers.get('content-type')).to.match(/^application\/json/);
  return (await response.json()) as Record<string, unknown> & { contents: unknown[] };
}

describe('the msw ORUK 3.0 API used by the remote-mode tests', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass' }));
  after(() => worker.stop());

  it('the checker finds what the profile forbids', () => {
    const bad = { contents: [{ id: 'x', status: 'open', organization: { id: 'o', name: 'N' } }] };
    expect(problems(bad, serviceList as Schema)).to.deep.equal([
      '$.contents[0].name: required, missing',
      '$.contents[0].status: "open" is not one of ["active","inactive","defunct","temporarily closed"]',
      '$.contents[0].organization.description: required, missing',
    ]);
  });

  it('answers every page in the shape of schemas/oruk-3.0-uk/service_list.json, with consistent paging', async () => {
    for (const query of [
      'page=1&per_page=25',
      'page=2&per_page=25',
      'page=3&per_page=25',
      'text=lunch&postcode=TA1%201AA&proximity=1000',
      'page=9',
    ]) {
      const body = await page(query);
      expect(problems(body, serviceList as Schema), query).to.deep.equal([]);
      const { total_pages, page_number, size, first_page, last_page, empty, contents } = body;
      for (const key of ['total_items', 'total_pages', 'page_number', 'size'])
        expect(jsonType(body[key]), `${query}: ${key}`).to.equal('integer');
      expect(size, query).to.equal(contents.length);
      expect(empty, query).to.equal(contents.length === 0);
      expect(first_page, query).to.equal(page_number === 1);
      expect(last_page, query).to.equal((page_number as number) >= (total_pages as number));
      if (!empty) expect(page_number as number, query).to.be.at.most(total_pages as number);
      expect(body.total_items as number, query).to.be.at.least(contents.length);
    }
  });
});
