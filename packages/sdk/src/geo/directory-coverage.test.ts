import { expect } from '@open-wc/testing';
import type { Provider } from '../types.ts';
import { directoryCoverage, isOutsideCoverage, postcodeArea } from './directory-coverage.ts';

const at = (id: string, postcode: string, areas?: string[]): Provider =>
  ({ id, name: id, support: ['meals'], location: { postcode }, ...(areas ? { areas } : {}) }) as Provider;

describe('directory coverage', () => {
  it('reads the postcode area of a district or full postcode', () => {
    expect(postcodeArea('TA1')).to.equal('TA');
    expect(postcodeArea('ld3 7aa')).to.equal('LD');
    expect(postcodeArea('EC1A 1BB')).to.equal('EC');
    expect(postcodeArea('Somerset')).to.equal(undefined);
  });

  it('works out the areas from the providers when the feed does not say', () => {
    const coverage = directoryCoverage([at('a', 'TA1 1AA'), at('b', 'LD3', ['BA20'])]);
    expect([...coverage.areas].sort()).to.deep.equal(['BA', 'LD', 'TA']);
    expect(isOutsideCoverage(coverage, 'EH1')).to.equal(true);
    expect(isOutsideCoverage(coverage, 'BT1')).to.equal(true);
    expect(isOutsideCoverage(coverage, 'TA24')).to.equal(false);
  });

  it('uses the feed coverage list: districts for the check, names for the wording', () => {
    const coverage = directoryCoverage([at('a', 'TA1')], { coverage: ['Somerset', 'Powys', 'TA1', 'LD3'] });
    expect(coverage.names).to.deep.equal(['Somerset', 'Powys']);
    expect(isOutsideCoverage(coverage, 'LD3')).to.equal(false);
    expect(isOutsideCoverage(coverage, 'JE2')).to.equal(true);
    const namesOnly = directoryCoverage([at('a', 'TA1')], { coverage: ['Somerset'] });
    expect(namesOnly.names).to.deep.equal(['Somerset']);
    expect(isOutsideCoverage(namesOnly, 'EH1'), 'areas from the providers').to.equal(true);
  });

  it('never calls a search outside when nothing is known', () => {
    expect(isOutsideCoverage(directoryCoverage([]), 'EH1')).to.equal(false);
  });
});
